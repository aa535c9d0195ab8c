package org.learnloop.assurance;

import java.time.Instant;
import java.util.UUID;

/**
 * Where an effectiveness check of an action stands, and nothing else: what a loop's stage needs
 * to know of it, without its notes. {@code verdict} and {@code recordedAt} are null until recorded.
 */
public record CheckStanding(UUID actionId, CheckStatus status, Verdict verdict, Instant recordedAt) {
}
