package org.learnloop.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReviewChangesTests {

    private static final UUID FRAME = UUID.randomUUID();
    private static final UUID HANDOVER = UUID.randomUUID();
    private static final UUID LIGHTING = UUID.randomUUID();

    private static ReviewVersion version(int number, String summary, Set<ContributoryFactor> factors, Finding... findings) {
        return new ReviewVersion(number, summary, factors, List.of(findings), null, null);
    }

    @Test
    void eachPartThatChangedIsNamedWithItsWordsBeforeAndAfter() {
        ReviewVersion opened = version(3, "Rose from the chair.", Set.of(ContributoryFactor.PERSON, ContributoryFactor.TEAM_SOCIAL),
                new Finding(FRAME, "Frame out of reach."), new Finding(HANDOVER, "Handover missed the falls risk."));
        ReviewVersion saved = version(4, "Rose from the chair without her frame.",
                Set.of(ContributoryFactor.PERSON, ContributoryFactor.COMMUNICATION, ContributoryFactor.EQUIPMENT_RESOURCES),
                new Finding(FRAME, "Walking frame was out of reach."), new Finding(LIGHTING, "The lounge lights were off."));

        ReviewChanges changes = ReviewChanges.between(opened, saved);

        assertThat(changes.summaryChanged()).isTrue();
        assertThat(changes.summaryBefore()).isEqualTo("Rose from the chair.");
        assertThat(changes.summaryAfter()).isEqualTo("Rose from the chair without her frame.");
        assertThat(changes.factorsAdded()).as("in the framework's order")
                .containsExactly(ContributoryFactor.COMMUNICATION, ContributoryFactor.EQUIPMENT_RESOURCES);
        assertThat(changes.factorsRemoved()).containsExactly(ContributoryFactor.TEAM_SOCIAL);
        assertThat(changes.findingsChanged())
                .containsExactly(new ReviewChanges.ChangedFinding(FRAME, "Frame out of reach.", "Walking frame was out of reach."));
        assertThat(changes.findingsAdded()).containsExactly(new Finding(LIGHTING, "The lounge lights were off."));
        assertThat(changes.findingsRemoved()).containsExactly(new Finding(HANDOVER, "Handover missed the falls risk."));
        assertThat(changes.none()).isFalse();
    }

    @Test
    void theSameWordsAreNoChange() {
        ReviewVersion opened = version(1, "Rose from the chair.", Set.of(ContributoryFactor.PERSON), new Finding(FRAME, "Frame out of reach."));
        ReviewVersion saved = version(2, "Rose from the chair.", Set.of(ContributoryFactor.PERSON), new Finding(FRAME, "Frame out of reach."));

        ReviewChanges changes = ReviewChanges.between(opened, saved);

        assertThat(changes.none()).isTrue();
        assertThat(changes.summaryChanged()).isFalse();
    }

    @Test
    void aFindingWithTheSameWordsUnderANewIdIsTheSameFinding() {
        ReviewVersion opened = version(1, null, Set.of(), new Finding(FRAME, "Frame out of reach."));
        ReviewVersion saved = version(2, null, Set.of(), new Finding(UUID.randomUUID(), "Frame out of reach."),
                new Finding(LIGHTING, "The lounge lights were off."));

        ReviewChanges changes = ReviewChanges.between(opened, saved);

        assertThat(changes.findingsRemoved()).isEmpty();
        assertThat(changes.findingsAdded()).extracting(Finding::text).containsExactly("The lounge lights were off.");
    }

    @Test
    void whatHappenedWrittenIntoAnEmptyReviewIsAChangeFromNothing() {
        ReviewVersion opened = version(0, null, Set.of());
        ReviewVersion saved = version(1, "Rose from the chair.", Set.of(ContributoryFactor.PERSON));

        ReviewChanges changes = ReviewChanges.between(opened, saved);

        assertThat(changes.summaryChanged()).isTrue();
        assertThat(changes.summaryBefore()).isNull();
        assertThat(changes.factorsAdded()).containsExactly(ContributoryFactor.PERSON);
        assertThat(ReviewChanges.between(version(0, "  ", Set.of()), version(1, null, Set.of())).none())
                .as("a blank what happened is the same as none").isTrue();
    }
}
