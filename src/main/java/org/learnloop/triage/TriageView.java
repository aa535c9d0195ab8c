package org.learnloop.triage;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.review.LearningResponse;

/**
 * An event's current triage: the harm as the manager graded it (the reporter's grade stays on the
 * event), the risk score and band, the learning response chosen and why, by whom and when.
 */
public record TriageView(UUID eventId, PhysicalHarm physicalHarm, PsychologicalHarm psychologicalHarm, int consequence,
        int likelihood, int score, RiskBand band, LearningResponse response, String responseReason, UUID triagedBy,
        Instant triagedAt) {
}
