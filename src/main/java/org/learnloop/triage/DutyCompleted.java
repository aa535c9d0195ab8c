package org.learnloop.triage;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** A statutory duty was recorded as done. */
public record DutyCompleted(UUID organisationId, UUID actorId, Instant occurredAt, UUID dutyId, UUID eventId,
        String reference, DutyKind kind, Instant completedAt) implements AuditableEvent {

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
        return "Duty done for " + reference + ": " + kind;
    }
}
