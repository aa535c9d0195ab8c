/**
 * Triage: the manager's first look at what was reported. Grades the harm (revising the
 * reporter's grade where need be), scores the risk on the NPSA 5x5 matrix, chooses a
 * proportionate learning response with its reason, and detects the statutory duties an event
 * gives rise to in its service's nation (regulator notifications, safeguarding referral, duty of
 * candour, RIDDOR, complaint deadlines), each with a clock counted in that nation's working days.
 * Duties are detected as soon as an event is reported (listening to
 * {@link org.learnloop.reporting.EventReported}, in the transaction that saves the report) and again
 * after each triage; they are recorded
 * as done or dismissed with a reason. Publishes {@link org.learnloop.triage.EventTriaged},
 * {@link org.learnloop.triage.DutyDetected}, {@link org.learnloop.triage.DutyCompleted} and
 * {@link org.learnloop.triage.DutyDismissed}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "people", "reporting", "review" })
package org.learnloop.triage;
