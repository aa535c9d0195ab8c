package org.learnloop.assurance;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** An effectiveness check found the change not embedded: its action was reopened and the loop goes back to acting. */
public record CheckFailed(UUID organisationId, UUID actorId, Instant occurredAt, UUID checkId, UUID actionId,
        UUID reviewId, UUID serviceId) implements AuditableEvent {

    @Override
    public String subjectType() {
        return "CHECK";
    }

    @Override
    public UUID subjectId() {
        return checkId;
    }

    @Override
    public String description() {
        return "Effectiveness check failed: not embedded, action reopened";
    }
}
