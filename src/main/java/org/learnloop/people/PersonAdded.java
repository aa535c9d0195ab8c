package org.learnloop.people;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/**
 * An administrator added a member of staff, with a one-time password. Carries the role and the
 * services they work in, never their name.
 */
public record PersonAdded(UUID organisationId, UUID actorId, Instant occurredAt, UUID personId, Role role,
        Set<UUID> serviceIds) implements AuditableEvent {

    public PersonAdded {
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

    @Override
    public String description() {
        return "Person added as " + role + " with a one-time password";
    }
}
