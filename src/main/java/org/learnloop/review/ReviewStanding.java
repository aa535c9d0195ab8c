package org.learnloop.review;

import java.util.UUID;

/**
 * Where a review covering an event stands, and nothing else: what a loop's stage needs to know of
 * it, without its write-up.
 */
public record ReviewStanding(UUID reviewId, UUID eventId, boolean signedOff) {
}
