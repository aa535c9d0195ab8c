package org.learnloop.loop;

import java.util.List;
import java.util.UUID;

/**
 * The facts about one event that decide its stage, gathered from the modules that own them. Kept
 * as plain values so the rule can be tested without a database.
 */
public record LoopFacts(boolean triaged, List<ReviewFact> reviews, List<ActionFact> actions, List<CheckFact> checks,
        List<LessonFact> lessons) {

    public record ReviewFact(UUID id, boolean signedOff) {
    }

    /** An action; {@code status} is OPEN, COMPLETED or VERIFIED. */
    public record ActionFact(UUID id, String status) {
    }

    /** A check of an action; {@code verdict} is null until recorded. */
    public record CheckFact(UUID actionId, boolean done, String verdict, java.time.Instant recordedAt) {
    }

    public record LessonFact(UUID id, boolean published) {
    }
}
