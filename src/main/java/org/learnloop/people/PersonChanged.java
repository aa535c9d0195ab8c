package org.learnloop.people;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/**
 * An administrator changed a person's role, their services, or whether they may sign in. Carries
 * the person as they are now; {@code description} says what changed.
 */
public record PersonChanged(UUID organisationId, UUID actorId, Instant occurredAt, UUID personId, Role role,
        Set<UUID> serviceIds, boolean enabled, String description) implements AuditableEvent {

    public PersonChanged {
        serviceIds = Set.copyOf(serviceIds);
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
