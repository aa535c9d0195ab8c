package org.learnloop.learning;

import java.util.List;
import java.util.UUID;

/**
 * Write a lesson from a signed-off review. {@code serviceIds} are the services whose staff should
 * read it; when empty, the review's own service.
 */
public record DraftLesson(UUID reviewId, String title, String summary, List<UUID> serviceIds) {

    public static final int TITLE_MAX = 150;
    public static final int SUMMARY_MAX = 5_000;
}
