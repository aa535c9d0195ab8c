package org.learnloop.learning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** A manager wrote a lesson from a signed-off review; it is anonymised and not yet shared. */
public record LessonDrafted(UUID organisationId, UUID actorId, Instant occurredAt, UUID lessonId, UUID reviewId,
        List<UUID> serviceIds) implements AuditableEvent {

    public LessonDrafted {
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
        return "Lesson drafted from review " + reviewId;
    }
}
