package org.learnloop.review;

import java.util.UUID;

/** Something the review found, that an action can answer. */
public record Finding(UUID id, String text) {
}
