package org.learnloop.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A review's write-up as it was saved at one version: what happened, the contributory factors and
 * the findings, with who saved it and when (unknown for write-ups saved before versions were kept).
 */
public record ReviewVersion(int version, String summary, Set<ContributoryFactor> contributoryFactors,
        List<Finding> findings, UUID savedBy, Instant savedAt) {

    public ReviewVersion {
        contributoryFactors = Set.copyOf(contributoryFactors);
        findings = List.copyOf(findings);
    }

    /** The write-up of the review as it stands. */
    static ReviewVersion of(ReviewView review, UUID savedBy, Instant savedAt) {
        return new ReviewVersion(review.version(), review.summary(), review.contributoryFactors(), review.findings(),
                savedBy, savedAt);
    }
}
