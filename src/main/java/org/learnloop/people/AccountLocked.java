package org.learnloop.people;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** Too many failed sign-ins in a row: the person cannot sign in until {@code lockedUntil}. */
public record AccountLocked(UUID organisationId, Instant occurredAt, UUID personId, Instant lockedUntil,
        int failedSignIns) implements AuditableEvent {

    @Override
    public UUID actorId() {
        return null;
    }

    @Override
    public String subjectType() {
        return "PERSON";
    }

    @Override
    public UUID subjectId() {
        return personId;
    }

    @Override
    public String description() {
        long minutes = Duration.between(occurredAt, lockedUntil).toMinutes();
        return "Locked for " + minutes + (minutes == 1 ? " minute" : " minutes") + " after " + failedSignIns
                + " failed sign-ins in a row";
    }
}
