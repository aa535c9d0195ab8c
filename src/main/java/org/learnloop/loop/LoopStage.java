package org.learnloop.loop;

/** Where an event is in the risk-to-learning loop: the first step not yet done. */
public enum LoopStage {
    /** Reported, waiting for a manager to grade the harm and risk and choose a response. */
    REPORTED,
    /** Triaged, waiting for its learning review to be opened. */
    TRIAGED,
    /** A learning review is being written. */
    UNDER_REVIEW,
    /** The review is signed off; its actions are being added, done and verified. */
    ACTING,
    /** Every action is verified; waiting for the effectiveness check to say the change is embedded. */
    CHECKING,
    /** The change stuck; waiting for the lesson to be shared with staff. */
    SHARING,
    /** Reviewed, acted on, verified, embedded and shared: the loop is closed. */
    CLOSED
}
