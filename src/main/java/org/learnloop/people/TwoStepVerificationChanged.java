package org.learnloop.people;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/**
 * Two-step verification was set up, turned on or turned off for a person, by themselves or by an
 * administrator. Never carries the secret.
 */
public record TwoStepVerificationChanged(UUID organisationId, UUID actorId, Instant occurredAt, UUID personId,
        Change change) implements AuditableEvent {

    /** What happened to the person's two-step verification. */
    public enum Change {
        /** A new secret was made for the person to type into their authenticator app; not yet on. */
        SET_UP_STARTED("Two-step verification set-up started"),
        /** The person confirmed a code from their app: every sign-in now asks for one. */
        TURNED_ON("Two-step verification turned on"),
        /** The person turned it off with their password. */
        TURNED_OFF("Two-step verification turned off"),
        /** An administrator turned it off, for someone who lost their phone. */
        TURNED_OFF_BY_ADMINISTRATOR("Two-step verification turned off by an administrator");

        private final String description;

        Change(String description) {
            this.description = description;
        }
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
        return change.description;
    }
}
