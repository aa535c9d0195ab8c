package org.learnloop.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** Review opened. */
public record ReviewOpened(UUID organisationId, UUID actorId, Instant occurredAt, UUID reviewId, UUID serviceId,
        List<UUID> eventIds) implements AuditableEvent {

    @Override
    public String subjectType() {
        return "REVIEW";
    }

    @Override
    public UUID subjectId() {
        return reviewId;
    }

    @Override
    public String description() {
        return "Review opened";
    }
}
