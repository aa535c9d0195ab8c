package org.learnloop.learning;

import java.time.Instant;
import java.util.UUID;

/**
 * A person said they had read and understood a lesson, at {@code acknowledgedAt}. Acknowledging
 * again keeps the first time; {@code firstTime} says whether this call recorded it.
 */
public record AcknowledgementView(UUID lessonId, UUID personId, Instant acknowledgedAt, boolean firstTime) {
}
