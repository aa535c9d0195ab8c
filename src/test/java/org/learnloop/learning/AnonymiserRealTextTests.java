package org.learnloop.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Anonymisation over real writing: short excerpts of coroners' Prevention of Future Deaths reports
 * about people who used care services (see the resource's header for the source and licence).
 */
class AnonymiserRealTextTests {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";

    /** What must never survive anonymisation, whatever the excerpt. */
    private static final List<Pattern> LEFT_OVER_DETAILS = List.of(
            Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2,4}"),
            Pattern.compile("\\d{1,2}(st|nd|rd|th)?\\s+(of\\s+)?(" + MONTHS + ")"),
            Pattern.compile("(" + MONTHS + ")\\s+\\d{4}"),
            Pattern.compile("\\b(Mr|Mrs|Ms|Miss|Dr)\\.?\\s+\\p{Lu}"),
            Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b"));

    private final Anonymiser anonymiser = new Anonymiser();

    record Excerpt(String reference, List<String> names, String text) {

        @Override
        public String toString() {
            return reference;
        }
    }

    static Stream<Excerpt> excerpts() throws IOException {
        try (InputStream in = AnonymiserRealTextTests.class.getResourceAsStream("/learning/pfd-excerpts.txt")) {
            String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Excerpt> excerpts = new ArrayList<>();
            for (String block : file.split("(?m)^=== ")) {
                if (block.startsWith("#")) {
                    continue;
                }
                String[] lines = block.split("\n", 3);
                List<String> names = Arrays.stream(lines[1].substring("names:".length()).split("\\|"))
                        .map(String::trim).toList();
                excerpts.add(new Excerpt(lines[0].trim(), names, lines[2].trim()));
            }
            return excerpts.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("excerpts")
    void noNameDateOrPostcodeSurvives(Excerpt excerpt) {
        Anonymised result = anonymiser.anonymise(excerpt.text(), excerpt.names());

        for (Pattern detail : LEFT_OVER_DETAILS) {
            assertThat(detail.matcher(result.text()).find()).as("%s left in: %s", detail, result.text()).isFalse();
        }
        for (String name : excerpt.names()) {
            for (String part : name.split(" ")) {
                assertThat(result.text().toLowerCase()).as("name part %s left in: %s", part, result.text())
                        .doesNotContainPattern("\\b" + part.toLowerCase() + "\\b");
            }
        }
        assertThat(result.count(IdentifyingDetail.NAME)).as("names removed").isPositive();
        assertThat(result.count(IdentifyingDetail.DATE)).as("dates removed").isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("excerpts")
    void theStoryCanStillBeRead(Excerpt excerpt) {
        Anonymised result = anonymiser.anonymise(excerpt.text(), excerpt.names());

        long wordsBefore = excerpt.text().split("\\s+").length;
        long wordsAfter = result.text().split("\\s+").length;
        assertThat(wordsAfter).as("words kept in: %s", result.text()).isGreaterThan(wordsBefore / 2);
    }

    @Test
    void inquestExcerptReadsAsExpected() throws IOException {
        Excerpt excerpt = excerpts().filter(e -> e.reference().startsWith("2023-0471")).findFirst().orElseThrow();

        Anonymised result = anonymiser.anonymise(excerpt.text(), excerpt.names());

        assertThat(result.text()).as("anonymised excerpt").startsWith(
                "On [date] an investigation was commenced into the death of [name] (DOB [date]) who died on [date]. "
                        + "The investigation concluded at the end of the inquest on [date].");
        assertThat(result.removed()).as("what was removed")
                .containsEntry(IdentifyingDetail.NAME, 1).containsEntry(IdentifyingDetail.DATE, 4);
    }

    @Test
    void nicknameGivenAsAKnownNameIsRemovedToo() throws IOException {
        Excerpt excerpt = excerpts().filter(e -> e.reference().startsWith("2023-0490")).findFirst().orElseThrow();

        Anonymised result = anonymiser.anonymise(excerpt.text(), excerpt.names());

        assertThat(result.text()).as("anonymised excerpt")
                .startsWith("[name] (known as [name]) sadly died on [date] at Southport Hospital Merseyside [postcode].")
                .contains("[name]’s condition deteriorated");
    }
}
