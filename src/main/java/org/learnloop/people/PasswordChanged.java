package org.learnloop.people;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** A person chose a new password. Never carries the password or its hash. */
public record PasswordChanged(UUID organisationId, UUID actorId, Instant occurredAt, UUID personId)
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
        return "Password changed";
    }
}
