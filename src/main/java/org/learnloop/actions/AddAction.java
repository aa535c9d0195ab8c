package org.learnloop.actions;

import java.time.LocalDate;
import java.util.UUID;

/** Add an action to a review's plan: what, who leads it, by when, how strong, and the finding it answers. */
public record AddAction(String description, String leadUsername, LocalDate dueDate, ActionStrength strength,
        UUID findingId) {

    public static final int DESCRIPTION_MAX = 2_000;
    public static final int EVIDENCE_MAX = 5_000;
    /** How far ahead a deadline may be set: further than this is not a plan but a hope. */
    public static final int DUE_WITHIN_YEARS = 2;
}
