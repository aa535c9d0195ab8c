package org.learnloop.learning;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.AuditableEvent;

/** A member of staff said they had read and understood a lesson (recorded once per person). */
public record LessonAcknowledged(UUID organisationId, UUID actorId, Instant occurredAt, UUID lessonId, UUID reviewId)
        implements AuditableEvent {

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
        return "Lesson read and understood";
    }
}
