package org.learnloop.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.learnloop.people.People;
import org.learnloop.people.ServiceSummary;
import org.learnloop.shared.Nation;
import org.learnloop.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the service's nation's duty rules over an event's facts and records the duties it does
 * not have yet. A duty once recorded is never removed or altered by a later detection: a revised
 * triage can add duties, never take one away.
 */
@Component
class DutyDetection {

    private final DutyStore store;
    private final People people;
    private final TriageSettings settings;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    DutyDetection(DutyStore store, People people, TriageSettings settings, WorkingDays workingDays, Clock clock,
            ApplicationEventPublisher publisher) {
        this.store = store;
        this.people = people;
        this.settings = settings;
        this.workingDays = workingDays;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** The duties added to the event, each published as {@link DutyDetected}. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Duty> detect(UUID organisationId, UUID eventId, UUID serviceId, String reference, DutyFacts facts,
            UUID actorId) {
        Nation nation = people.service(organisationId, serviceId).map(ServiceSummary::nation)
                .orElseThrow(() -> NotFound.of("Service", serviceId));
        Instant now = clock.instant();
        List<Duty> added = new ArrayList<>();
        for (DetectedDuty detected : DutyRules.forNation(nation, settings, workingDays).detect(facts)) {
            Duty duty = Duty.detected(organisationId, eventId, serviceId, detected, now, actorId);
            if (store.insertIfAbsent(duty)) {
                added.add(duty);
                publisher.publishEvent(new DutyDetected(organisationId, actorId, now, duty.id(), eventId, serviceId,
                        reference, duty.kind(), duty.dueAt()));
            }
        }
        return added;
    }
}
