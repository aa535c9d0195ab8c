package org.learnloop.notification;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.learnloop.actions.ActionPlans;
import org.learnloop.actions.ActionView;
import org.learnloop.assurance.CheckView;
import org.learnloop.assurance.EffectivenessChecks;
import org.learnloop.people.Actor;
import org.learnloop.people.ManagerAddress;
import org.learnloop.people.People;
import org.learnloop.people.PersonSummary;
import org.learnloop.reporting.EventView;
import org.learnloop.reporting.Events;
import org.learnloop.triage.Duties;
import org.learnloop.triage.DutyView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out one person's daily digest through the same services and access rules as their pages:
 * the due duties of the events they may see (every open duty: each has a statutory clock), the
 * open actions of their services due within {@link DigestSettings#actionsDueWithinDays()} days or
 * overdue, and the effectiveness checks due within a week or overdue, each leaving out what hangs
 * off a review they may not see. So a safeguarding concern reaches the registered manager of its
 * service and the provider-wide managers, and a staff concern (speak up) reaches no manager at all.
 * A handful of queries per person, never one per item.
 */
@Service
@Transactional(readOnly = true)
class Digests {

    private final Duties duties;
    private final ActionPlans actions;
    private final EffectivenessChecks checks;
    private final Events events;
    private final People people;
    private final MessageSource messages;
    private final DigestSettings settings;
    private final String baseUrl;

    Digests(Duties duties, ActionPlans actions, EffectivenessChecks checks, Events events, People people,
            MessageSource messages, DigestSettings settings,
            @Value("${learnloop.base-url:http://localhost:8080}") String baseUrl) {
        this.duties = duties;
        this.actions = actions;
        this.checks = checks;
        this.events = events;
        this.people = people;
        this.messages = messages;
        this.settings = settings;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The digest for this person on this day; empty when there is nothing to say. */
    Digest compose(ManagerAddress to, LocalDate day) {
        Actor actor = to.actor();
        List<DutyView> openDuties = duties.openFor(actor);
        Map<UUID, EventView> dutyEvents = events.visible(actor,
                openDuties.stream().map(DutyView::eventId).collect(Collectors.toSet()));
        List<ActionView> dueActions = actions.openInServicesDueBy(actor, day.plusDays(settings.actionsDueWithinDays()));
        List<CheckView> dueChecks = checks.dueFor(actor);
        Map<UUID, ActionView> checkedActions = actions.byIds(actor.organisationId(),
                dueChecks.stream().map(CheckView::actionId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ActionView::id, Function.identity()));
        Set<UUID> leads = new HashSet<>();
        dueActions.forEach(a -> leads.add(a.leadId()));
        Map<UUID, PersonSummary> names = people.persons(actor.organisationId(), leads);

        List<Digest.DutyLine> dutyLines = openDuties.stream()
                .filter(d -> dutyEvents.containsKey(d.eventId()))
                .map(d -> new Digest.DutyLine(dutyEvents.get(d.eventId()).reference(), label(d), d.dueAt(),
                        d.overdue(), link("/events/", d.eventId())))
                .sorted(Comparator.comparing((Digest.DutyLine d) -> !d.overdue()).thenComparing(Digest.DutyLine::dueAt))
                .toList();
        List<Digest.ActionLine> actionLines = dueActions.stream()
                .map(a -> new Digest.ActionLine(a.description(), nameOf(names.get(a.leadId())), a.dueDate(),
                        a.overdue(), link("/actions/", a.id())))
                .sorted(Comparator.comparing((Digest.ActionLine a) -> !a.overdue()).thenComparing(Digest.ActionLine::dueDate))
                .toList();
        List<Digest.CheckLine> checkLines = dueChecks.stream()
                .filter(c -> checkedActions.containsKey(c.actionId()))
                .map(c -> new Digest.CheckLine(checkedActions.get(c.actionId()).description(), c.dueDate(), c.overdue(),
                        link("/checks/", c.id())))
                .sorted(Comparator.comparing((Digest.CheckLine c) -> !c.overdue()).thenComparing(Digest.CheckLine::dueDate))
                .toList();
        return new Digest(to, day, dutyLines, actionLines, checkLines);
    }

    private String label(DutyView duty) {
        return messages.getMessage("duty.kind." + duty.kind().name(), null, duty.kind().name(), Locale.UK);
    }

    private static String nameOf(PersonSummary person) {
        return person == null ? "" : person.displayName();
    }

    private String link(String path, UUID id) {
        return baseUrl + path + id;
    }
}
