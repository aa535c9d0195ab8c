package org.learnloop.loop;

/** Something still missing before an event's loop can close, in the order the loop meets them. */
public enum LoopGap {
    /** No manager has graded the harm and risk and chosen a response. */
    NOT_TRIAGED(LoopStage.REPORTED),
    /** No learning review covers the event. */
    NO_REVIEW(LoopStage.TRIAGED),
    /** A review is still a draft. */
    REVIEW_NOT_SIGNED_OFF(LoopStage.UNDER_REVIEW),
    /** The signed-off review has no actions. */
    NO_ACTIONS(LoopStage.ACTING),
    /** Some actions are not yet done (including ones reopened by a failed check). */
    ACTIONS_OPEN(LoopStage.ACTING),
    /** Some actions are done but not yet verified by someone other than their lead. */
    ACTIONS_NOT_VERIFIED(LoopStage.ACTING),
    /** Some verified actions have no effectiveness check saying the change is embedded. */
    CHECKS_NOT_EMBEDDED(LoopStage.CHECKING),
    /** No lesson from the review has been published to staff. */
    LESSON_NOT_SHARED(LoopStage.SHARING);

    private final LoopStage stage;

    LoopGap(LoopStage stage) {
        this.stage = stage;
    }

    /** The stage an event is at while this is its first gap. */
    public LoopStage stage() {
        return stage;
    }
}
