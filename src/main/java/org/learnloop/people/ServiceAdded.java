package org.learnloop.people;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;
import org.learnloop.shared.Nation;

/** An administrator added a service: a care home, a home-care branch or a supported living service. */
public record ServiceAdded(UUID organisationId, UUID actorId, Instant occurredAt, UUID serviceId, String code,
        ServiceKind kind, Nation nation) implements AuditableEvent {

    @Override
    public String subjectType() {
        return "SERVICE";
    }

    @Override
    public UUID subjectId() {
        return serviceId;
    }

    @Override
    public String description() {
        return "Service added: " + code + " (" + kind + ", " + nation + ")";
    }
}
