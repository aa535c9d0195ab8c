/**
 * Backups of the embedded database: an administrator asks the running Learnloop for a consistent
 * copy of its H2 database while people go on working (H2's {@code BACKUP TO}, which the process
 * holding the database must run), and {@code java -jar learnloop.jar --restore=FILE} puts such a
 * copy back into an empty data folder. PostgreSQL is backed up with its own tools.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "people" })
package org.learnloop.backup;
