package org.learnloop.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EntryContentTests {

    private static EntryContent recorded(String description, Instant at) {
        return EntryContent.recorded(UUID.randomUUID(), null, "CHANGE", "EVENT", UUID.randomUUID(), description, at);
    }

    @Test
    void timeIsKeptToTheMicrosecondAsTheDatabasesStoreIt() {
        assertThat(recorded("x", Instant.parse("2026-11-20T14:30:00.123456789Z")).at())
                .isEqualTo(Instant.parse("2026-11-20T14:30:00.123456Z"));
    }

    @Test
    void longDescriptionIsCutToTheColumnWithoutSplittingACharacter() {
        String text = "a".repeat(999) + "\uD83D\uDE00" + "b";

        String kept = recorded(text, Instant.EPOCH).description();

        assertThat(kept).as("the emoji would straddle the limit, so it goes").isEqualTo("a".repeat(999));
        assertThat(recorded("c".repeat(1500), Instant.EPOCH).description()).hasSize(1000);
    }

    @Test
    void nulCharactersAreLeftOutBecausePostgresqlCannotStoreThem() {
        assertThat(recorded("Reported\u0000 OAK-2026-0001", Instant.EPOCH).description())
                .isEqualTo("Reported OAK-2026-0001");
    }

    @Test
    void noDescriptionStaysNone() {
        assertThat(recorded(null, Instant.EPOCH).description()).isNull();
    }
}
