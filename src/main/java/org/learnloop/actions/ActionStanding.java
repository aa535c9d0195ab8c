package org.learnloop.actions;

import java.util.UUID;

/** Where an action of a review stands, and nothing else: what a loop's stage needs to know of it. */
public record ActionStanding(UUID id, UUID reviewId, ActionStatus status) {
}
