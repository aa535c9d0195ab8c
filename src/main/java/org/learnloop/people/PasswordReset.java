package org.learnloop.people;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** An administrator gave a person a new one-time password. Never carries the password or its hash. */
public record PasswordReset(UUID organisationId, UUID actorId, Instant occurredAt, UUID personId)
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
        return "One-time password set by an administrator";
    }
}
