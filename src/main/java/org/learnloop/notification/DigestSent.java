package org.learnloop.notification;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/**
 * Learnloop sent a person their daily digest: to whom (the subject), how many items, how many
 * overdue. Sent by Learnloop itself, so there is no actor.
 */
record DigestSent(UUID organisationId, Instant occurredAt, UUID personId, int items, long overdue)
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

    @Override
    public String description() {
        return "Daily email sent: " + items + (items == 1 ? " item, " : " items, ") + overdue + " overdue";
    }
}
