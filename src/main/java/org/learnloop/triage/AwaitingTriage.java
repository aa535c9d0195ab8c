package org.learnloop.triage;

import org.learnloop.reporting.EventReported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the list of events awaiting triage: each reported event joins it in the transaction that
 * saves the report, so "needs attention" shows it at once, and leaves it when it is first triaged
 * ({@link Triages#triage}). Safe to run twice for the same report.
 */
@Component
class AwaitingTriage {

    private final TriageStore store;

    AwaitingTriage(TriageStore store) {
        this.store = store;
    }

    @EventListener
    void on(EventReported reported) {
        store.awaitTriage(reported.organisationId(), reported.eventId(), reported.serviceId(), reported.occurredAt());
    }
}
