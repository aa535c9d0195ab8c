package org.learnloop.reporting;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** Later information was added to an event. */
public record EventAmended(UUID organisationId, UUID actorId, Instant occurredAt, UUID eventId, String reference)
        implements AuditableEvent {

    @Override
    public String subjectType() {
        return "EVENT";
    }

    @Override
    public UUID subjectId() {
        return eventId;
    }

    @Override
    public String description() {
        return "Amendment added to " + reference;
    }
}
