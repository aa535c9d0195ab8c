package org.learnloop.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestrictedReadTests {

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = '|', value = {
            "Opened restricted OAK-2026-0042|OAK-2026-0042",
            "Opened restricted RIV-2027-12345|RIV-2027-12345",
            "Opened OAK-2026-0001, then GLN-2026-0002|GLN-2026-0002",
            "Opened a record with no reference|Opened a record with no reference",
    })
    void referenceIsTakenFromTheDescription(String description, String reference) {
        assertThat(RestrictedRead.referenceIn(description)).isEqualTo(reference);
    }
}
