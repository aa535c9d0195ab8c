package org.learnloop.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A learning review over one or more events, with its factors and findings. */
public record ReviewView(UUID id, UUID organisationId, UUID serviceId, List<UUID> eventIds, LearningResponse type,
        UUID leadId, ReviewStatus status, String summary, Set<ContributoryFactor> contributoryFactors,
        List<Finding> findings, UUID openedBy, Instant openedAt, UUID signedOffBy, Instant signedOffAt, int version) {

    public boolean signedOff() {
        return status == ReviewStatus.SIGNED_OFF;
    }

    public boolean hasFinding(UUID findingId) {
        return findings.stream().anyMatch(f -> f.id().equals(findingId));
    }
}
