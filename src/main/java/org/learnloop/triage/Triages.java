package org.learnloop.triage;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.learnloop.people.Actor;
import org.learnloop.reporting.EventView;
import org.learnloop.reporting.Events;
import org.learnloop.shared.ConflictingChange;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.InvalidRequest.FieldMessage;
import org.learnloop.shared.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage: a manager grades what happened (harm, revised from the reporter's grade if need be),
 * scores the risk on the 5x5 matrix, and chooses a proportionate learning response with the
 * reason. A triage can be revised; the one it replaces is kept. Each triage runs the duty rules
 * again with the manager's grade, adding any duty the event does not have yet.
 */
@Service
@Transactional
public class Triages {

    private final TriageStore store;
    private final DutyDetection detection;
    private final Events events;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    Triages(TriageStore store, DutyDetection detection, Events events, Clock clock, ApplicationEventPublisher publisher) {
        this.store = store;
        this.detection = detection;
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    /**
     * Triages the event, or revises its triage. Not found when the person cannot see the event;
     * forbidden when they may see it but not triage it; invalid with every error at once. A revision
     * replaces whatever triage is current; to be refused instead when it changed since it was read,
     * pass the triage that was read to {@link #triage(Actor, UUID, TriageEvent, Instant)}.
     */
    public TriageView triage(Actor actor, UUID eventId, TriageEvent command) {
        return save(actor, eventId, command, false, null);
    }

    /**
     * Triages the event as {@link #triage(Actor, UUID, TriageEvent)} does, from a form opened on the
     * triage made at {@code seen} (null when the event had none then). Refused when someone else has
     * triaged the event since, so that a revision is never saved over a triage its author has not
     * seen.
     */
    public TriageView triage(Actor actor, UUID eventId, TriageEvent command, Instant seen) {
        return save(actor, eventId, command, true, seen);
    }

    private TriageView save(Actor actor, UUID eventId, TriageEvent command, boolean fromSeen, Instant seen) {
        EventView event = events.find(actor, eventId);
        TriageAccess.requireMayTriage(actor, event, "triage an event");
        List<FieldMessage> errors = validate(command);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        RiskScore risk = new RiskScore(command.consequence(), command.likelihood());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        TriageView triage = new TriageView(event.id(), command.physicalHarm(), command.psychologicalHarm(),
                risk.consequence(), risk.likelihood(), risk.score(), risk.band(), command.response(),
                command.responseReason().trim(), actor.personId(), now);

        Optional<TriageStore.Current> current = store.find(actor.organisationId(), eventId);
        if (fromSeen && current.isPresent() && !current.get().triage().triagedAt().equals(seen)) {
            throw new TriageChangedMeanwhile(event.reference(), current.get().triage());
        }
        if (current.isPresent()) {
            store.archive(actor.organisationId(), current.get().triage(), now, actor.personId());
            if (!store.replace(actor.organisationId(), triage, current.get().version())) {
                throw ConflictingChange.on("The triage of " + event.reference());
            }
        } else if (store.insert(actor.organisationId(), event.serviceId(), triage)) {
            store.triaged(actor.organisationId(), event.id());
        } else {
            throw ConflictingChange.on("The triage of " + event.reference());
        }
        publisher.publishEvent(new EventTriaged(actor.organisationId(), actor.personId(), now, event.id(),
                event.serviceId(), event.reference(), triage.physicalHarm(), triage.psychologicalHarm(), triage.score(),
                triage.band(), triage.response(), current.isPresent()));
        detection.detect(actor.organisationId(), event.id(), event.serviceId(), event.reference(),
                new DutyFacts(event.type(), event.category(), triage.physicalHarm(), triage.psychologicalHarm(),
                        event.reportedAt()),
                actor.personId());
        return triage;
    }

    /**
     * Everything wrong with this triage of the event, in plain English; empty when it can be
     * saved. Not found or forbidden first, as {@link #triage} would be.
     */
    @Transactional(readOnly = true)
    public List<FieldMessage> check(Actor actor, UUID eventId, TriageEvent command) {
        EventView event = events.find(actor, eventId);
        TriageAccess.requireMayTriage(actor, event, "triage an event");
        return validate(command);
    }

    /** Whether this person may triage the event; not found when they cannot see it. */
    @Transactional(readOnly = true)
    public boolean mayTriage(Actor actor, UUID eventId) {
        return TriageAccess.mayTriage(actor, events.find(actor, eventId));
    }

    private static List<FieldMessage> validate(TriageEvent command) {
        List<FieldMessage> errors = new ArrayList<>();
        if (command.physicalHarm() == null) {
            errors.add(new FieldMessage("physicalHarm", "Select the physical harm, or none"));
        }
        if (command.psychologicalHarm() == null) {
            errors.add(new FieldMessage("psychologicalHarm", "Select the psychological harm, or none"));
        }
        if (command.consequence() == null) {
            errors.add(new FieldMessage("consequence", "Select the consequence"));
        } else if (!RiskScore.inRange(command.consequence())) {
            errors.add(new FieldMessage("consequence", "Consequence must be from 1 (insignificant) to 5 (catastrophic)"));
        }
        if (command.likelihood() == null) {
            errors.add(new FieldMessage("likelihood", "Select the likelihood"));
        } else if (!RiskScore.inRange(command.likelihood())) {
            errors.add(new FieldMessage("likelihood", "Likelihood must be from 1 (rare) to 5 (almost certain)"));
        }
        if (command.response() == null) {
            errors.add(new FieldMessage("response", "Select a learning response"));
        }
        if (command.responseReason() == null || command.responseReason().isBlank()) {
            errors.add(new FieldMessage("responseReason", "Enter why this learning response is proportionate"));
        } else if (command.responseReason().trim().length() > TriageEvent.RESPONSE_REASON_MAX) {
            errors.add(new FieldMessage("responseReason",
                    "The reason must be %,d characters or fewer".formatted(TriageEvent.RESPONSE_REASON_MAX)));
        } else {
            PlainText.check(errors, "responseReason", command.responseReason(), "the reason");
        }
        return errors;
    }

    /** The event's current triage, if it has one; not found when the person cannot see the event. */
    @Transactional(readOnly = true)
    public Optional<TriageView> find(Actor actor, UUID eventId) {
        EventView event = events.find(actor, eventId);
        return store.find(actor.organisationId(), event.id()).map(TriageStore.Current::triage);
    }

    /** The triages the current one replaced, newest first. */
    @Transactional(readOnly = true)
    public List<TriageView> history(Actor actor, UUID eventId) {
        EventView event = events.find(actor, eventId);
        return store.history(actor.organisationId(), event.id());
    }

    /**
     * Current triages by event id, in one query, for read models that have already checked access.
     * An event not yet triaged is absent from the map.
     */
    @Transactional(readOnly = true)
    public Map<UUID, TriageView> forEvents(UUID organisationId, Collection<UUID> eventIds) {
        return store.forEvents(organisationId, eventIds).stream()
                .collect(Collectors.toMap(TriageView::eventId, Function.identity()));
    }

    /**
     * Which of these events have been triaged, in one query that reads nothing else, for read
     * models that count loops and have already checked access.
     */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> triagedAmong(UUID organisationId, Collection<UUID> eventIds) {
        return store.triagedAmong(organisationId, eventIds);
    }

    /**
     * Up to {@code limit} events of these services still awaiting their first triage, the most
     * recent first, for read models that check access to the events themselves.
     */
    @Transactional(readOnly = true)
    public List<UUID> awaitingTriage(UUID organisationId, Collection<UUID> serviceIds, int limit) {
        return store.awaiting(organisationId, serviceIds, limit);
    }

    /** Whether this person may triage this event (which they can already see). */
    public boolean mayTriage(Actor actor, EventView event) {
        return TriageAccess.mayTriage(actor, event);
    }
}
