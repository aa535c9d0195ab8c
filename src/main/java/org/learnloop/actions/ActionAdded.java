package org.learnloop.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** An action was added to a review's plan. */
public record ActionAdded(UUID organisationId, UUID actorId, Instant occurredAt, UUID actionId, UUID reviewId,
        UUID serviceId, UUID findingId, UUID leadId, LocalDate dueDate, ActionStrength strength)
        implements AuditableEvent {

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
        return "Action added (" + strength + ", due " + dueDate + ")";
    }
}
