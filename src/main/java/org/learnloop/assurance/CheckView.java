package org.learnloop.assurance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An effectiveness check of one action. {@code overdue} is worked out when it is read: still
 * scheduled after its due date (London) has passed.
 */
public record CheckView(UUID id, UUID organisationId, UUID serviceId, UUID actionId, UUID reviewId,
        LocalDate dueDate, CheckStatus status, Verdict verdict, String notes, UUID recordedBy, Instant recordedAt,
        boolean overdue) {

    public static boolean overdue(CheckStatus status, LocalDate dueDate, LocalDate today) {
        return status == CheckStatus.SCHEDULED && today.isAfter(dueDate);
    }
}
