/**
 * Acting on what a review found: the action plan. Each action answers a finding of a signed-off
 * review, has a named lead, a deadline and a strength on the action hierarchy, is completed by its
 * lead with evidence and verified by someone else. A plan made only of weaker actions is flagged.
 * When an effectiveness check finds the change "not embedded", the action is reopened and the
 * earlier completion is kept in its history. Publishes {@link org.learnloop.actions.ActionAdded},
 * {@link org.learnloop.actions.ActionCompleted}, {@link org.learnloop.actions.ActionVerified} and
 * {@link org.learnloop.actions.ActionReopened}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "people", "reporting", "review" })
package org.learnloop.actions;
