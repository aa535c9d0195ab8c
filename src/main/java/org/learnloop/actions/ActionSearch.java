package org.learnloop.actions;

import org.learnloop.shared.PageOf;

/** Filters for a list of actions; every one is optional. */
public record ActionSearch(String leadUsername, ActionStatus status, Boolean overdue, PageOf.Request page) {
}
