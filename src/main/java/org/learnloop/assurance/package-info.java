/**
 * Did it stick? Effectiveness checks (follow-up audits) after an action is verified: a manager
 * looks at practice some weeks later and records a verdict. "Embedded" closes the check; "partly
 * embedded" schedules another; "not embedded" reopens the action, so the loop goes back to acting.
 * Listens for {@link org.learnloop.actions.ActionVerified}; publishes
 * {@link org.learnloop.assurance.CheckScheduled}, {@link org.learnloop.assurance.CheckRecorded} and
 * {@link org.learnloop.assurance.CheckFailed}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "people", "reporting", "review", "actions" })
package org.learnloop.assurance;
