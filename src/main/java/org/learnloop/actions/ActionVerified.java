package org.learnloop.actions;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/**
 * Someone other than the lead checked the evidence and verified the action. Assurance schedules an
 * effectiveness check from {@code occurredAt}.
 */
public record ActionVerified(UUID organisationId, UUID actorId, Instant occurredAt, UUID actionId, UUID reviewId,
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
        return "Action verified";
    }
}
