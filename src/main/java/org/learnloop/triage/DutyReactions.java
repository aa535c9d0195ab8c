package org.learnloop.triage;

import org.learnloop.reporting.EventReported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the clocks as soon as an event is reported, from the reporter's facts: a complaint's
 * acknowledgement, a safeguarding referral due the same day, a notification due without delay.
 * The duties are detected in the transaction that saves the report, so a report is never
 * acknowledged without the duties it gives rise to, and a report costs one commit, not three (the
 * report, a reaction of its own, the reaction marked done). Safe to run twice for the same report:
 * an event has at most one duty of each kind.
 */
@Component
class DutyReactions {

    private final DutyDetection detection;

    DutyReactions(DutyDetection detection) {
        this.detection = detection;
    }

    @EventListener
    void on(EventReported reported) {
        detection.detect(reported.organisationId(), reported.eventId(), reported.serviceId(), reported.reference(),
                new DutyFacts(reported.type(), reported.category(), reported.physicalHarm(),
                        reported.psychologicalHarm(), reported.occurredAt()),
                null);
    }
}
