package org.learnloop.triage;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.review.LearningResponse;
import org.learnloop.shared.AuditableEvent;

/**
 * A manager triaged an event, or revised its triage: the facts a review or a dashboard needs
 * (harm, risk, the learning response chosen), never the reason's text.
 */
public record EventTriaged(UUID organisationId, UUID actorId, Instant occurredAt, UUID eventId, UUID serviceId,
        String reference, PhysicalHarm physicalHarm, PsychologicalHarm psychologicalHarm, int score, RiskBand band,
        LearningResponse response, boolean revised) implements AuditableEvent {

    @Override
    public String subjectType() {
        return "EVENT";
    }

    @Override
    public UUID subjectId() {
        return eventId;
    }

    @Override
    public String description() {
        return (revised ? "Triage revised for " : "Triaged ") + reference + ": risk " + score + " ("
                + band.name().toLowerCase() + "), harm " + physicalHarm + "/" + psychologicalHarm + ", " + response;
    }
}
