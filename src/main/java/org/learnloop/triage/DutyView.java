package org.learnloop.triage;

import java.time.Instant;
import java.util.UUID;

/**
 * A statutory duty of an event: which, why, when it is due, and where it stands. {@code overdue}
 * is true while it is due and its deadline has passed.
 */
public record DutyView(UUID id, UUID eventId, UUID serviceId, DutyKind kind, String reason, Instant dueAt,
        DutyStatus status, boolean overdue, Instant completedAt, UUID completedBy, String method, String reference,
        String dismissalReason) {
}
