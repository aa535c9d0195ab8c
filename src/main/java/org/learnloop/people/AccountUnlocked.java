package org.learnloop.people;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** An administrator let a locked person sign in again before their lockout ended. */
public record AccountUnlocked(UUID organisationId, UUID actorId, Instant occurredAt, UUID personId)
        implements AuditableEvent {

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
        return "Unlocked by an administrator";
    }
}
