package org.learnloop.people;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** A personal API token was created or revoked. */
public record ApiTokenChanged(UUID organisationId, UUID actorId, Instant occurredAt, UUID subjectId, String description)
        implements AuditableEvent {

    @Override
    public String subjectType() {
        return "API_TOKEN";
    }
}
