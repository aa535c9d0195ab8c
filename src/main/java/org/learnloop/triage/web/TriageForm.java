package org.learnloop.triage.web;

import java.time.Instant;

import org.learnloop.reporting.EventView;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.review.LearningResponse;
import org.learnloop.triage.TriageEvent;
import org.learnloop.triage.TriageView;

/**
 * The triage form as the browser posts it. {@code revises} is when the triage the form was opened
 * on was made (empty for a first triage), so that a triage saved by someone else in the meantime is
 * not silently replaced.
 */
record TriageForm(PhysicalHarm physicalHarm, PsychologicalHarm psychologicalHarm, Integer consequence,
        Integer likelihood, LearningResponse response, String responseReason, Instant revises) {

    /** A first triage starts from the reporter's grade of harm. */
    static TriageForm startingFrom(EventView event) {
        return new TriageForm(event.physicalHarm(), event.psychologicalHarm(), null, null, null, null, null);
    }

    /** A revision starts from the current triage. */
    static TriageForm revising(TriageView triage) {
        return new TriageForm(triage.physicalHarm(), triage.psychologicalHarm(), triage.consequence(),
                triage.likelihood(), triage.response(), triage.responseReason(), triage.triagedAt());
    }

    /** The same answers, to be saved over this triage. */
    TriageForm revising(Instant triagedAt) {
        return new TriageForm(physicalHarm, psychologicalHarm, consequence, likelihood, response, responseReason, triagedAt);
    }

    TriageEvent toCommand() {
        return new TriageEvent(physicalHarm, psychologicalHarm, consequence, likelihood, response, responseReason);
    }
}
