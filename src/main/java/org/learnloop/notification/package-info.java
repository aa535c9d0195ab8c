/**
 * What Learnloop tells people by email, on its own. The daily digest: every morning each person
 * who manages services, and has an email address, is sent what is due and overdue in their
 * services (statutory duties, actions, effectiveness checks), as far as they may see it, with
 * references, dates and links but none of what happened. Sent once a day across however many
 * servers share the database, and recorded in the audit trail.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "people", "reporting", "triage", "actions", "assurance" })
package org.learnloop.notification;
