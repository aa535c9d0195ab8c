package org.learnloop.review;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the review found so far. {@code version} is the version the person opened; if someone else
 * saved since, the update is refused rather than overwriting their work. Findings with an id keep
 * it; new ones get one.
 */
public record UpdateReview(String summary, Set<ContributoryFactor> contributoryFactors, List<FindingInput> findings,
        Integer version) {

    public static final int SUMMARY_MAX = 10_000;
    public static final int FINDING_MAX = 2_000;
    public static final int FINDINGS_MAX = 50;

    /** True when nothing at all is written: no summary, no factor, no finding. */
    public boolean writesNothing() {
        return (summary == null || summary.isBlank())
                && (contributoryFactors == null || contributoryFactors.stream().allMatch(java.util.Objects::isNull))
                && (findings == null || findings.stream().allMatch(f -> f == null || f.text() == null || f.text().isBlank()));
    }

    /** A finding as sent: an id if it already exists. */
    public record FindingInput(UUID id, String text) {
    }
}
