package org.learnloop.triage;

/** Where a duty stands. A duty leaves {@link #DUE} once, and never comes back to it. */
public enum DutyStatus {
    /** Detected and not yet recorded as done: its clock is running. */
    DUE,
    /** Recorded as done: when, by whom, how, and the regulator's or council's reference. */
    DONE,
    /** The manager judged that it does not apply, and recorded why. */
    DISMISSED
}
