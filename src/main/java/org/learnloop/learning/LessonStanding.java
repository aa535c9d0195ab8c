package org.learnloop.learning;

import java.util.UUID;

/** Where a lesson from a review stands, and nothing else: what a loop's stage needs to know of it. */
public record LessonStanding(UUID id, UUID reviewId, LessonStatus status) {
}
