package org.learnloop.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChainHashTests {

    private static final UUID ORGANISATION = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID SUBJECT = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final Instant AT = Instant.parse("2026-03-29T00:30:00.000001Z");

    private static EntryContent read(String description) {
        return new EntryContent(ORGANISATION, null, "READ", "EVENT", SUBJECT, description, AT);
    }

    @Test
    void canonicalFormWritesEachFieldWithItsLengthAndAnAbsentOneAsADash() {
        assertThat(ChainHash.canonical(7, read("Opened restricted O,1"), ChainHash.GENESIS))
                .as("version, sequence, organisation, no actor, action, subject type and id, description, time, previous hash")
                .isEqualTo("17:learnloop-audit-1,1:7,36:00000000-0000-0000-0000-000000000001,-,4:READ,5:EVENT,"
                        + "36:00000000-0000-0000-0000-000000000002,21:Opened restricted O,1,"
                        + "27:2026-03-29T00:30:00.000001Z,64:" + "0".repeat(64) + ",");
    }

    @Test
    void hashIsSha256OfTheCanonicalFormInLowercaseHex() {
        assertThat(ChainHash.of(7, read("Opened restricted O,1"), ChainHash.GENESIS))
                .as("the same digest as sha256sum gives for the canonical form")
                .isEqualTo("db5eed2d968af1479c4f570055cd4359b257235db4364bf09e1c918191f65e22");
    }

    @Test
    void lengthsCountUtf8BytesSoAnyTextIsUnambiguous() {
        assertThat(ChainHash.canonical(1, read("Café – room 4"), ChainHash.GENESIS))
                .as("é is two bytes and the dash three").contains(",16:Café – room 4,");
    }

    @ParameterizedTest(name = "{0} and {1} hash differently")
    @CsvSource(delimiter = '|', value = {
            "a,b|a,c",
            "''|",
            "1:a,|1",
    })
    void differentDescriptionsNeverShareAHash(String first, String second) {
        assertThat(ChainHash.of(1, read(first), ChainHash.GENESIS))
                .as("descriptions %s and %s", first, second)
                .isNotEqualTo(ChainHash.of(1, read(second), ChainHash.GENESIS));
    }

    @Test
    void everyFieldIsCovered() {
        EntryContent entry = read("Opened restricted OAK-2026-0001");
        String hash = ChainHash.of(3, entry, ChainHash.GENESIS);
        UUID other = UUID.randomUUID();

        assertThat(hash).as("sequence").isNotEqualTo(ChainHash.of(4, entry, ChainHash.GENESIS));
        assertThat(hash).as("previous hash").isNotEqualTo(ChainHash.of(3, entry, "1".repeat(64)));
        assertThat(hash).as("organisation").isNotEqualTo(ChainHash.of(3, new EntryContent(other, null, "READ", "EVENT",
                SUBJECT, entry.description(), AT), ChainHash.GENESIS));
        assertThat(hash).as("actor").isNotEqualTo(ChainHash.of(3, new EntryContent(ORGANISATION, other, "READ", "EVENT",
                SUBJECT, entry.description(), AT), ChainHash.GENESIS));
        assertThat(hash).as("action").isNotEqualTo(ChainHash.of(3, new EntryContent(ORGANISATION, null, "CHANGE",
                "EVENT", SUBJECT, entry.description(), AT), ChainHash.GENESIS));
        assertThat(hash).as("subject type").isNotEqualTo(ChainHash.of(3, new EntryContent(ORGANISATION, null, "READ",
                "REVIEW", SUBJECT, entry.description(), AT), ChainHash.GENESIS));
        assertThat(hash).as("subject id").isNotEqualTo(ChainHash.of(3, new EntryContent(ORGANISATION, null, "READ",
                "EVENT", other, entry.description(), AT), ChainHash.GENESIS));
        assertThat(hash).as("time").isNotEqualTo(ChainHash.of(3, new EntryContent(ORGANISATION, null, "READ",
                "EVENT", SUBJECT, entry.description(), AT.plusNanos(1000)), ChainHash.GENESIS));
    }

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource({
            "2026-03-29T00:30:00Z, 2026-03-29T00:30:00.000000Z",
            "2026-10-25T01:59:59.5Z, 2026-10-25T01:59:59.500000Z",
            "2026-07-01T12:00:00.123456Z, 2026-07-01T12:00:00.123456Z",
    })
    void timeIsUtcWithSixDigitsOfFraction(Instant at, String written) {
        assertThat(ChainHash.time(at)).isEqualTo(written);
    }
}
