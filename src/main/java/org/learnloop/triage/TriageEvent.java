package org.learnloop.triage;

import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.review.LearningResponse;

/**
 * A manager's triage of an event, as the form or the API sends it: the harm as the manager now
 * grades it, the risk on the 5x5 matrix, and the learning response chosen with its reason. Every
 * field is required; checked by {@link Triages#check(TriageEvent)}.
 */
public record TriageEvent(PhysicalHarm physicalHarm, PsychologicalHarm psychologicalHarm, Integer consequence,
        Integer likelihood, LearningResponse response, String responseReason) {

    public static final int RESPONSE_REASON_MAX = 2_000;
}
