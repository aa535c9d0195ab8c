package org.learnloop.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An action as people see it. {@code overdue} is worked out when it is read: an action still open
 * after its due date (London) has passed.
 */
public record ActionView(UUID id, UUID organisationId, UUID serviceId, UUID reviewId, UUID findingId,
        String description, UUID leadId, LocalDate dueDate, ActionStrength strength, ActionStatus status,
        String evidence, Instant completedAt, UUID completedBy, Instant verifiedAt, UUID verifiedBy, boolean overdue) {

    /** An action is overdue while it is open and its due date is before today. */
    public static boolean overdue(ActionStatus status, LocalDate dueDate, LocalDate today) {
        return status == ActionStatus.OPEN && today.isAfter(dueDate);
    }

    public boolean ledBy(UUID personId) {
        return leadId.equals(personId);
    }
}
