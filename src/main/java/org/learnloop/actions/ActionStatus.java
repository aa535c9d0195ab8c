package org.learnloop.actions;

/** Where an action is on its way from agreed to proven done. */
public enum ActionStatus {
    /** Agreed and waiting for its lead to do it. Past its due date, it is overdue. */
    OPEN,
    /** The lead says it is done and has given evidence; someone else has still to verify it. */
    COMPLETED,
    /** Someone other than the lead has checked the evidence. An effectiveness check follows. */
    VERIFIED
}
