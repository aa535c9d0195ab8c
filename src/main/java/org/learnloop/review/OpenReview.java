package org.learnloop.review;

import java.util.List;
import java.util.UUID;

/** Open a learning review over these events, led by this person. */
public record OpenReview(List<UUID> eventIds, LearningResponse type, String leadUsername) {
}
