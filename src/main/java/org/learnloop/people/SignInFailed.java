package org.learnloop.people;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/**
 * Someone tried to sign in as this person and failed: a wrong password, or a wrong two-step
 * verification code after the right password. Nobody is named as the actor, because nobody
 * signed in. Never carries what was typed.
 */
public record SignInFailed(UUID organisationId, Instant occurredAt, UUID personId, String description)
        implements AuditableEvent {

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
}
