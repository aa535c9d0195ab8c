package org.learnloop.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.learnloop.shared.InvalidRequest;

class DutyTests {

    private static final Instant DUE = Instant.parse("2026-11-26T10:00:00Z");

    private final Duty duty = Duty.detected(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            new DetectedDuty(DutyKind.CQC_INCIDENT, "A serious injury", DUE), DUE.minusSeconds(86_400), null);

    @Test
    void dueDutyIsOverdueOnlyOnceItsDeadlineHasPassed() {
        assertThat(duty.overdue(DUE.minusSeconds(1))).as("before the deadline").isFalse();
        assertThat(duty.overdue(DUE)).as("at the deadline").isFalse();
        assertThat(duty.overdue(DUE.plusSeconds(1))).as("after the deadline").isTrue();
    }

    @Test
    void doneDutyIsNeverOverdue() {
        Duty done = duty.complete(DUE.plusSeconds(3_600), UUID.randomUUID(), "CQC online portal", "CQC-123");

        assertThat(done.overdue(DUE.plusSeconds(86_400))).as("overdue").isFalse();
        assertThat(done.view(DUE).status()).isEqualTo(DutyStatus.DONE);
        assertThat(done.view(DUE).method()).isEqualTo("CQC online portal");
        assertThat(done.view(DUE).reference()).isEqualTo("CQC-123");
    }

    @Test
    void dutyThatIsDoneCannotBeDoneAgainOrDismissed() {
        Duty done = duty.complete(DUE, UUID.randomUUID(), "CQC online portal", null);

        assertThatThrownBy(() -> done.complete(DUE, UUID.randomUUID(), "again", null)).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("already recorded as done");
        assertThatThrownBy(() -> done.dismiss(DUE, UUID.randomUUID(), "no")).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void dismissedDutyCannotBeDone() {
        Duty dismissed = duty.dismiss(DUE, UUID.randomUUID(), "Not a serious injury after all");

        assertThat(dismissed.view(DUE.plusSeconds(86_400)).overdue()).as("overdue").isFalse();
        assertThatThrownBy(() -> dismissed.complete(DUE, UUID.randomUUID(), "portal", null))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("dismissed");
    }
}
