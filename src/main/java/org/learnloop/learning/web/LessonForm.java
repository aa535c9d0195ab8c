package org.learnloop.learning.web;

import java.util.List;
import java.util.UUID;

import org.learnloop.learning.DraftLesson;

/** The lesson form as the browser posts it: one checkbox per service. */
record LessonForm(UUID reviewId, String title, String summary, List<UUID> serviceIds) {

    DraftLesson toCommand() {
        return new DraftLesson(reviewId, title, summary, serviceIds == null ? List.of() : serviceIds);
    }

    public boolean shares(UUID serviceId) {
        return serviceIds != null && serviceIds.contains(serviceId);
    }
}
