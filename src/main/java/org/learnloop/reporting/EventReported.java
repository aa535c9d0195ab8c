package org.learnloop.reporting;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/**
 * A report was received and committed. Carries the facts that the duty rules and the loop need,
 * never the narrative or anyone's name.
 */
public record EventReported(UUID organisationId, UUID actorId, Instant occurredAt, UUID eventId, UUID serviceId,
        String reference, EventType type, Category category, PhysicalHarm physicalHarm,
        PsychologicalHarm psychologicalHarm) implements AuditableEvent {

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
        return "Reported " + reference + " (" + type + ", " + category + ")";
    }
}
