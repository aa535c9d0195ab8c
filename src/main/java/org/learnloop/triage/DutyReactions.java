package org.learnloop.triage;

import org.learnloop.reporting.EventReported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts the clocks as soon as an event is reported, from the reporter's facts: a complaint's
 * acknowledgement, a safeguarding referral due the same day, a notification due without delay.
 * Safe to run twice for the same report: an event has at most one duty of each kind.
 */
@Component
class DutyReactions {

    private final DutyDetection detection;

    DutyReactions(DutyDetection detection) {
        this.detection = detection;
    }

    @ApplicationModuleListener
    void on(EventReported reported) {
        detection.detect(reported.organisationId(), reported.eventId(), reported.serviceId(), reported.reference(),
                new DutyFacts(reported.type(), reported.category(), reported.physicalHarm(),
                        reported.psychologicalHarm(), reported.occurredAt()),
                null);
    }
}
