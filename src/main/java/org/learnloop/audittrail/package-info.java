/**
 * The append-only audit trail: who did what to which record, and when. It records every
 * {@link org.learnloop.shared.AuditableEvent} any module publishes, in the same transaction as the
 * change, and every read of a restricted record. Nothing changes or deletes an entry (entries from
 * before the chain existed are given their place in it once, at start). Each
 * organisation's trail is a hash chain, so that an entry changed, deleted or slipped in behind
 * Learnloop's back is found: by administrators on the audit trail page and through the API, and by
 * {@code java -jar learnloop.jar --verify-audit-trail}. Administrators and quality leads see who read
 * which restricted record, and how often.
 * (Not to be confused with follow-up audits of practice, which are effectiveness checks in
 * {@code assurance}.)
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "people" })
package org.learnloop.audittrail;
