package org.learnloop.triage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.learnloop.people.Actor;
import org.learnloop.reporting.EventView;
import org.learnloop.reporting.Events;
import org.learnloop.shared.ConflictingChange;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.InvalidRequest.FieldMessage;
import org.learnloop.shared.NotFound;
import org.learnloop.shared.PlainText;
import org.learnloop.shared.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statutory duties and their clocks: what each event obliges the provider to do, by when, and
 * whether it was done. A manager records a duty as done (when, how, the external reference) or
 * dismisses it with a reason; either is final. Anyone who can see the event can see its duties.
 */
@Service
@Transactional
public class Duties {

    /** A browser's or another system's clock may run a little fast; later than this is "in the future". */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);
    private static final int DISMISSAL_REASON_MAX = 2_000;
    private static final int OPEN_LIMIT = 500;

    private final DutyStore store;
    private final Events events;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    Duties(DutyStore store, Events events, Clock clock, ApplicationEventPublisher publisher) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** The event's duties, soonest due first; not found when the person cannot see the event. */
    @Transactional(readOnly = true)
    public List<DutyView> forEvent(Actor actor, UUID eventId) {
        EventView event = events.find(actor, eventId);
        Instant now = clock.instant();
        return store.forEvent(actor.organisationId(), event.id()).stream().map(d -> d.view(now)).toList();
    }

    /**
     * Duties by event id, in one query, for read models that have already checked access. An
     * event without duties is absent from the map.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<DutyView>> forEvents(UUID organisationId, Collection<UUID> eventIds) {
        Instant now = clock.instant();
        return store.forEvents(organisationId, eventIds).stream()
                .collect(Collectors.groupingBy(Duty::eventId, LinkedHashMap::new,
                        Collectors.mapping(d -> d.view(now), Collectors.toList())));
    }

    /** One duty; not found when the person cannot see its event. */
    @Transactional(readOnly = true)
    public DutyView find(Actor actor, UUID dutyId) {
        Duty duty = visible(actor, dutyId).duty();
        return duty.view(clock.instant());
    }

    /** Due duties of the events this person can see, soonest first: what needs attention. */
    @Transactional(readOnly = true)
    public List<DutyView> openFor(Actor actor) {
        List<Duty> due = store.due(actor.organisationId(), actor.serviceIds(), OPEN_LIMIT);
        Set<UUID> visible = events.visible(actor, due.stream().map(Duty::eventId).collect(Collectors.toSet())).keySet();
        Instant now = clock.instant();
        return due.stream().filter(d -> visible.contains(d.eventId())).map(d -> d.view(now)).toList();
    }

    /** Records a due duty as done. */
    public DutyView complete(Actor actor, UUID dutyId, CompleteDuty command) {
        DutyOfEvent found = visible(actor, dutyId);
        TriageAccess.requireMayTriage(actor, found.event(), "record a duty as done");
        Duty duty = found.duty();
        duty.requireDue();
        Instant now = clock.instant();
        List<FieldMessage> errors = check(found.event(), command, now);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        Duty done = duty.complete(command.completedAt().truncatedTo(ChronoUnit.MICROS), actor.personId(),
                command.method().trim(), blankToNull(command.reference()));
        save(done, found.event());
        publisher.publishEvent(new DutyCompleted(actor.organisationId(), actor.personId(), now, duty.id(),
                duty.eventId(), found.event().reference(), duty.kind(), done.completedAt()));
        return done.view(now);
    }

    /** Dismisses a due duty as not applying, with the reason. */
    public DutyView dismiss(Actor actor, UUID dutyId, String reason) {
        DutyOfEvent found = visible(actor, dutyId);
        TriageAccess.requireMayTriage(actor, found.event(), "dismiss a duty");
        Duty duty = found.duty();
        duty.requireDue();
        if (reason == null || reason.isBlank()) {
            throw InvalidRequest.of("reason", "Enter why this duty does not apply");
        }
        if (reason.trim().length() > DISMISSAL_REASON_MAX) {
            throw InvalidRequest.of("reason", "The reason must be %,d characters or fewer".formatted(DISMISSAL_REASON_MAX));
        }
        if (PlainText.hasHiddenCharacters(reason)) {
            throw InvalidRequest.of("reason", PlainText.message("the reason"));
        }
        Instant now = clock.instant();
        Duty dismissed = duty.dismiss(now, actor.personId(), reason.trim());
        save(dismissed, found.event());
        publisher.publishEvent(new DutyDismissed(actor.organisationId(), actor.personId(), now, duty.id(),
                duty.eventId(), found.event().reference(), duty.kind()));
        return dismissed.view(now);
    }

    /**
     * Everything wrong with recording this duty as done, in plain English; empty when it can be
     * saved. Not found or forbidden first, as {@link #complete} would be. A duty that is no longer
     * due is the only error reported, since nothing else matters then.
     */
    @Transactional(readOnly = true)
    public List<FieldMessage> checkCompletion(Actor actor, UUID dutyId, CompleteDuty command) {
        DutyOfEvent found = visible(actor, dutyId);
        TriageAccess.requireMayTriage(actor, found.event(), "record a duty as done");
        try {
            found.duty().requireDue();
        } catch (InvalidRequest notDue) {
            return notDue.errors();
        }
        return check(found.event(), command, clock.instant());
    }

    /** Whether this person may record or dismiss the duties of this event (which they can already see). */
    public boolean mayAct(Actor actor, EventView event) {
        return TriageAccess.mayTriage(actor, event);
    }

    private List<FieldMessage> check(EventView event, CompleteDuty command, Instant now) {
        List<FieldMessage> errors = new ArrayList<>();
        if (command.completedAt() == null) {
            errors.add(new FieldMessage("completedAt", "Enter when the duty was done"));
        } else if (command.completedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            errors.add(new FieldMessage("completedAt", "When it was done must be now or in the past"));
        } else if (command.completedAt().isBefore(event.occurredAt())) {
            errors.add(new FieldMessage("completedAt", "When it was done must be after the event happened ("
                    + UkTime.dateTime(event.occurredAt()) + ")"));
        }
        if (command.method() == null || command.method().isBlank()) {
            errors.add(new FieldMessage("method", "Enter how it was done, for example \"CQC online portal\""));
        } else if (command.method().trim().length() > CompleteDuty.METHOD_MAX) {
            errors.add(new FieldMessage("method", "How it was done must be %,d characters or fewer"
                    .formatted(CompleteDuty.METHOD_MAX)));
        } else {
            PlainText.check(errors, "method", command.method(), "how it was done");
        }
        if (command.reference() != null && command.reference().trim().length() > CompleteDuty.REFERENCE_MAX) {
            errors.add(new FieldMessage("reference", "The reference must be %,d characters or fewer"
                    .formatted(CompleteDuty.REFERENCE_MAX)));
        } else {
            PlainText.check(errors, "reference", command.reference(), "the reference");
        }
        return errors;
    }

    private record DutyOfEvent(Duty duty, EventView event) {
    }

    private DutyOfEvent visible(Actor actor, UUID dutyId) {
        Duty duty = store.find(actor.organisationId(), dutyId).orElseThrow(() -> NotFound.of("Duty", dutyId));
        EventView event;
        try {
            event = events.find(actor, duty.eventId());
        } catch (NotFound e) {
            throw NotFound.of("Duty", dutyId);
        }
        return new DutyOfEvent(duty, event);
    }

    private void save(Duty changed, EventView event) {
        if (!store.update(changed)) {
            throw ConflictingChange.on("A duty of " + event.reference());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
