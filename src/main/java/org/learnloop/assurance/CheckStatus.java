package org.learnloop.assurance;

/** Where an effectiveness check is. */
public enum CheckStatus {
    /** Waiting for a manager to look at practice and record a verdict; overdue after its due date. */
    SCHEDULED,
    /** The verdict is recorded. */
    DONE
}
