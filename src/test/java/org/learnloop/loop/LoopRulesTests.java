package org.learnloop.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learnloop.loop.LoopFacts.ActionFact;
import org.learnloop.loop.LoopFacts.CheckFact;
import org.learnloop.loop.LoopFacts.LessonFact;
import org.learnloop.loop.LoopFacts.ReviewFact;

class LoopRulesTests {

    private static final UUID REVIEW = UUID.randomUUID();
    private static final UUID ACTION = UUID.randomUUID();
    private static final UUID LESSON = UUID.randomUUID();
    private static final Instant T1 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-02-01T10:00:00Z");

    private static LoopFacts facts(boolean triaged, List<ReviewFact> reviews, List<ActionFact> actions,
            List<CheckFact> checks, List<LessonFact> lessons) {
        return new LoopFacts(triaged, reviews, actions, checks, lessons);
    }

    static Stream<Arguments> loops() {
        var signed = List.of(new ReviewFact(REVIEW, true));
        var verified = List.of(new ActionFact(ACTION, "VERIFIED"));
        var embedded = List.of(new CheckFact(ACTION, true, "EMBEDDED", T1));
        var shared = List.of(new LessonFact(LESSON, true));
        return Stream.of(
                Arguments.of("just reported", facts(false, List.of(), List.of(), List.of(), List.of()), LoopStage.REPORTED),
                Arguments.of("triaged", facts(true, List.of(), List.of(), List.of(), List.of()), LoopStage.TRIAGED),
                Arguments.of("review in draft", facts(true, List.of(new ReviewFact(REVIEW, false)), List.of(), List.of(), List.of()),
                        LoopStage.UNDER_REVIEW),
                Arguments.of("signed off, no actions", facts(true, signed, List.of(), List.of(), List.of()), LoopStage.ACTING),
                Arguments.of("action open", facts(true, signed, List.of(new ActionFact(ACTION, "OPEN")), List.of(), List.of()),
                        LoopStage.ACTING),
                Arguments.of("action completed, not verified",
                        facts(true, signed, List.of(new ActionFact(ACTION, "COMPLETED")), List.of(), List.of()), LoopStage.ACTING),
                Arguments.of("verified, check scheduled",
                        facts(true, signed, verified, List.of(new CheckFact(ACTION, false, null, null)), List.of()),
                        LoopStage.CHECKING),
                Arguments.of("partly embedded", facts(true, signed, verified,
                        List.of(new CheckFact(ACTION, true, "PARTLY_EMBEDDED", T1)), shared), LoopStage.CHECKING),
                Arguments.of("embedded, lesson not shared", facts(true, signed, verified, embedded,
                        List.of(new LessonFact(LESSON, false))), LoopStage.SHARING),
                Arguments.of("everything done", facts(true, signed, verified, embedded, shared), LoopStage.CLOSED),
                Arguments.of("embedded once, then a later check not embedded", facts(true, signed, verified,
                        List.of(new CheckFact(ACTION, true, "EMBEDDED", T1), new CheckFact(ACTION, true, "NOT_EMBEDDED", T2)),
                        shared), LoopStage.CHECKING),
                Arguments.of("embedded but a new check is open", facts(true, signed, verified,
                        List.of(new CheckFact(ACTION, true, "EMBEDDED", T1), new CheckFact(ACTION, false, null, null)), shared),
                        LoopStage.CHECKING),
                Arguments.of("reviewed without triage", facts(false, signed, verified, embedded, shared), LoopStage.REPORTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loops")
    void stageIsTheFirstStepStillMissing(String name, LoopFacts facts, LoopStage expected) {
        var loop = LoopRules.of(facts);

        assertThat(loop.stage()).as(name).isEqualTo(expected);
        assertThat(loop.closed()).as(name + ": closed").isEqualTo(expected == LoopStage.CLOSED);
        assertThat(loop.missing().isEmpty()).as(name + ": nothing missing").isEqualTo(expected == LoopStage.CLOSED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loops")
    void everyMissingStepIsListedInLoopOrder(String name, LoopFacts facts, LoopStage expected) {
        var missing = LoopRules.of(facts).missing();

        assertThat(missing).as(name).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        if (!missing.isEmpty()) {
            assertThat(missing.get(0).stage()).as(name).isEqualTo(expected);
        }
    }
}
