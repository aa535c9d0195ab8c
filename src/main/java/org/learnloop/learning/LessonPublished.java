package org.learnloop.learning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** A lesson was shared with the staff of its services, who are now asked to read it. */
public record LessonPublished(UUID organisationId, UUID actorId, Instant occurredAt, UUID lessonId, UUID reviewId,
        List<UUID> serviceIds) implements AuditableEvent {

    public LessonPublished {
        serviceIds = List.copyOf(serviceIds);
    }

    @Override
    public String subjectType() {
        return "LESSON";
    }

    @Override
    public UUID subjectId() {
        return lessonId;
    }

    @Override
    public String description() {
        return "Lesson published to the staff of " + serviceIds.size() + (serviceIds.size() == 1 ? " service" : " services");
    }
}
