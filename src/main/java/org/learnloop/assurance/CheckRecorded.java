package org.learnloop.assurance;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** A manager recorded the verdict of an effectiveness check. */
public record CheckRecorded(UUID organisationId, UUID actorId, Instant occurredAt, UUID checkId, UUID actionId,
        UUID reviewId, UUID serviceId, Verdict verdict) implements AuditableEvent {

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
        return "Effectiveness check recorded: " + verdict;
    }
}
