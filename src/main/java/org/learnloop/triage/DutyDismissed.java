package org.learnloop.triage;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** A statutory duty was dismissed as not applying, with a reason kept on the duty. */
public record DutyDismissed(UUID organisationId, UUID actorId, Instant occurredAt, UUID dutyId, UUID eventId,
        String reference, DutyKind kind) implements AuditableEvent {

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
        return "Duty dismissed for " + reference + ": " + kind;
    }
}
