package org.learnloop.actions;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/**
 * A verified action went back to open because the change did not stick. The earlier completion is
 * kept in the action's history; the reason stays there too, not in the event.
 */
public record ActionReopened(UUID organisationId, UUID actorId, Instant occurredAt, UUID actionId, UUID reviewId,
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
        return "Action reopened: the change was found not embedded";
    }
}
