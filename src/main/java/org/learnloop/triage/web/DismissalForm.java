package org.learnloop.triage.web;

/** Dismissing a duty, as the browser posts it. */
record DismissalForm(String reason) {
}
