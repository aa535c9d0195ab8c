package org.learnloop.triage;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.InvalidRequest;

/**
 * A statutory duty's life: detected from an event with a reason and a deadline, it is due until
 * the manager records it as done (when, how, the external reference) or dismisses it as not
 * applying (why). Either happens once; a duty that is no longer due refuses both.
 */
record Duty(UUID id, UUID organisationId, UUID eventId, UUID serviceId, DutyKind kind, String reason, Instant dueAt,
        DutyStatus status, Instant detectedAt, UUID detectedBy, Instant completedAt, UUID completedBy, String method,
        String reference, Instant dismissedAt, UUID dismissedBy, String dismissalReason, int version) {

    static Duty detected(UUID organisationId, UUID eventId, UUID serviceId, DetectedDuty detected, Instant at,
            UUID by) {
        return new Duty(UUID.randomUUID(), organisationId, eventId, serviceId, detected.kind(), detected.reason(),
                detected.dueAt(), DutyStatus.DUE, at, by, null, null, null, null, null, null, null, 0);
    }

    boolean overdue(Instant now) {
        return status == DutyStatus.DUE && now.isAfter(dueAt);
    }

    Duty complete(Instant at, UUID by, String howDone, String externalReference) {
        requireDue();
        return new Duty(id, organisationId, eventId, serviceId, kind, reason, dueAt, DutyStatus.DONE, detectedAt,
                detectedBy, at, by, howDone, externalReference, null, null, null, version);
    }

    Duty dismiss(Instant at, UUID by, String why) {
        requireDue();
        return new Duty(id, organisationId, eventId, serviceId, kind, reason, dueAt, DutyStatus.DISMISSED, detectedAt,
                detectedBy, null, null, null, null, at, by, why, version);
    }

    DutyView view(Instant now) {
        return new DutyView(id, eventId, serviceId, kind, reason, dueAt, status, overdue(now), completedAt, completedBy,
                method, reference, dismissalReason);
    }

    /** Refuses any change to a duty that is no longer due. */
    void requireDue() {
        if (status == DutyStatus.DONE) {
            throw InvalidRequest.of("status", "This duty is already recorded as done. Nothing was changed.");
        }
        if (status == DutyStatus.DISMISSED) {
            throw InvalidRequest.of("status", "This duty was dismissed. Nothing was changed.");
        }
    }
}
