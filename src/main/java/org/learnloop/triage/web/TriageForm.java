package org.learnloop.triage.web;

import org.learnloop.reporting.EventView;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.review.LearningResponse;
import org.learnloop.triage.TriageEvent;
import org.learnloop.triage.TriageView;

/** The triage form as the browser posts it. */
record TriageForm(PhysicalHarm physicalHarm, PsychologicalHarm psychologicalHarm, Integer consequence,
        Integer likelihood, LearningResponse response, String responseReason) {

    /** A first triage starts from the reporter's grade of harm. */
    static TriageForm startingFrom(EventView event) {
        return new TriageForm(event.physicalHarm(), event.psychologicalHarm(), null, null, null, null);
    }

    /** A revision starts from the current triage. */
    static TriageForm revising(TriageView triage) {
        return new TriageForm(triage.physicalHarm(), triage.psychologicalHarm(), triage.consequence(),
                triage.likelihood(), triage.response(), triage.responseReason());
    }

    TriageEvent toCommand() {
        return new TriageEvent(physicalHarm, psychologicalHarm, consequence, likelihood, response, responseReason);
    }
}
