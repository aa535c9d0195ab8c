package org.learnloop.assurance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** An effectiveness check was scheduled: after a verification (by Learnloop itself), or again after "partly embedded". */
public record CheckScheduled(UUID organisationId, UUID actorId, Instant occurredAt, UUID checkId, UUID actionId,
        UUID reviewId, UUID serviceId, LocalDate dueDate) implements AuditableEvent {

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
        return "Effectiveness check scheduled, due " + dueDate;
    }
}
