/**
 * Reporting: the moment something went wrong (or nearly did, or went well) becomes a record. The
 * report form for care workers, anonymous reporting with a follow-up code, amendments that add
 * later information without rewriting what was first said, and the rules of who may see which
 * event. Publishes {@link org.learnloop.reporting.EventReported} for the rest of the loop.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "people", "audittrail" })
package org.learnloop.reporting;
