package org.learnloop.actions;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** The lead recorded the action as done, with evidence; it now waits for someone else to verify it. */
public record ActionCompleted(UUID organisationId, UUID actorId, Instant occurredAt, UUID actionId, UUID reviewId,
        UUID serviceId) implements AuditableEvent {

    @Override
    public String subjectType() {
        return "ACTION";
    }

    @Override
    public UUID subjectId() {
        return actionId;
    }

    @Override
    public String description() {
        return "Action completed by its lead";
    }
}
