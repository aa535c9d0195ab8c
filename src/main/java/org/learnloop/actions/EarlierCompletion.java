package org.learnloop.actions;

import java.time.Instant;
import java.util.UUID;

/**
 * A completion that did not stick: what the lead did and who verified it, kept when an
 * effectiveness check found the change not embedded and the action was reopened.
 */
public record EarlierCompletion(String evidence, Instant completedAt, UUID completedBy, Instant verifiedAt,
        UUID verifiedBy, Instant reopenedAt, UUID reopenedBy, String reason) {
}
