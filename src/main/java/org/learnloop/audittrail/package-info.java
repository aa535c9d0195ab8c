/**
 * The append-only audit trail: who did what to which record, and when. It records every
 * {@link org.learnloop.shared.AuditableEvent} any module publishes, in the same transaction as the
 * change, and every read of a restricted record. Nothing updates or deletes an entry.
 * (Not to be confused with follow-up audits of practice, which are effectiveness checks in
 * {@code assurance}.)
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "people" })
package org.learnloop.audittrail;
