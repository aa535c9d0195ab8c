package org.learnloop.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @ParameterizedTest(name = "{0} due {1}: overdue {2}")
    @CsvSource({
            "OPEN, 2026-11-19, true",
            "OPEN, 2026-11-20, false",
            "OPEN, 2026-11-21, false",
            "COMPLETED, 2026-11-01, false",
            "VERIFIED, 2026-11-01, false" })
    void actionIsOverdueOnlyWhileOpenAfterItsDueDate(ActionStatus status, LocalDate due, boolean overdue) {
        assertThat(ActionView.overdue(status, due, TODAY)).as("%s due %s", status, due).isEqualTo(overdue);
    }

    @ParameterizedTest(name = "{0}: flagged {1}")
    @CsvSource({
            "'', false",
            "WEAKER, true",
            "WEAKER WEAKER WEAKER, true",
            "WEAKER INTERMEDIATE, false",
            "STRONGER WEAKER, false",
            "STRONGER, false" })
    void planMadeOnlyOfWeakerActionsIsFlagged(String strengths, boolean flagged) {
        List<ActionView> actions = Arrays.stream(strengths.split(" "))
                .filter(s -> !s.isBlank())
                .map(s -> action(ActionStrength.valueOf(s)))
                .toList();

        assertThat(ActionPlanView.onlyWeaker(actions)).as("plan of [%s]", strengths).isEqualTo(flagged);
    }

    private static ActionView action(ActionStrength strength) {
        return new ActionView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "An action", UUID.randomUUID(), TODAY, strength, ActionStatus.OPEN, null, null, null, null, null, false);
    }
}
