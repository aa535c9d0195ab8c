package org.learnloop.people;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** An administrator changed a service's name; its code, and so its event references, stay. */
public record ServiceRenamed(UUID organisationId, UUID actorId, Instant occurredAt, UUID serviceId, String code)
        implements AuditableEvent {

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
        return "Service renamed: " + code;
    }
}
