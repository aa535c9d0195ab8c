package org.learnloop.loop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule of the closed loop (DOMAIN: "Did it stick?"): a loop is closed only when the event is
 * triaged, every review covering it is signed off, there is at least one action and every action
 * is done and verified by someone other than its lead, the latest effectiveness check of every
 * action says "embedded", and a lesson from the review has been published to staff. The stage is
 * the first of those steps still missing; every missing step is listed.
 */
public final class LoopRules {

    private LoopRules() {
    }

    /** The loop of one event: its stage, whether it is closed and what is still missing. */
    public record Loop(LoopStage stage, boolean closed, List<LoopGap> missing) {
    }

    public static Loop of(LoopFacts facts) {
        List<LoopGap> missing = new ArrayList<>();
        if (!facts.triaged()) {
            missing.add(LoopGap.NOT_TRIAGED);
        }
        if (facts.reviews().isEmpty()) {
            missing.add(LoopGap.NO_REVIEW);
        } else if (facts.reviews().stream().anyMatch(r -> !r.signedOff())) {
            missing.add(LoopGap.REVIEW_NOT_SIGNED_OFF);
        }
        if (facts.actions().isEmpty()) {
            missing.add(LoopGap.NO_ACTIONS);
        }
        if (facts.actions().stream().anyMatch(a -> "OPEN".equals(a.status()))) {
            missing.add(LoopGap.ACTIONS_OPEN);
        }
        if (facts.actions().stream().anyMatch(a -> "COMPLETED".equals(a.status()))) {
            missing.add(LoopGap.ACTIONS_NOT_VERIFIED);
        }
        boolean everyVerifiedActionEmbedded = facts.actions().stream()
                .filter(a -> "VERIFIED".equals(a.status()))
                .allMatch(a -> latestCheck(facts, a).map(c -> c.done() && "EMBEDDED".equals(c.verdict())).orElse(false));
        if (!everyVerifiedActionEmbedded || facts.actions().isEmpty()) {
            missing.add(LoopGap.CHECKS_NOT_EMBEDDED);
        }
        if (facts.lessons().stream().noneMatch(LoopFacts.LessonFact::published)) {
            missing.add(LoopGap.LESSON_NOT_SHARED);
        }
        LoopStage stage = missing.isEmpty() ? LoopStage.CLOSED : missing.get(0).stage();
        return new Loop(stage, missing.isEmpty(), List.copyOf(missing));
    }

    /** A check still open counts as the latest; otherwise the one recorded last. */
    private static Optional<LoopFacts.CheckFact> latestCheck(LoopFacts facts, LoopFacts.ActionFact action) {
        return facts.checks().stream()
                .filter(c -> c.actionId().equals(action.id()))
                .max(Comparator.comparing((LoopFacts.CheckFact c) -> !c.done())
                        .thenComparing(c -> c.recordedAt() == null ? java.time.Instant.MIN : c.recordedAt()));
    }
}
