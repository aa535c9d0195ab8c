package org.learnloop.triage;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** A statutory duty was detected for an event and its clock started. The actor is absent when found on reporting. */
public record DutyDetected(UUID organisationId, UUID actorId, Instant occurredAt, UUID dutyId, UUID eventId,
        UUID serviceId, String reference, DutyKind kind, Instant dueAt) implements AuditableEvent {

    @Override
    public String subjectType() {
        return "DUTY";
    }

    @Override
    public UUID subjectId() {
        return dutyId;
    }

    @Override
    public String description() {
        return "Duty detected for " + reference + ": " + kind;
    }
}
