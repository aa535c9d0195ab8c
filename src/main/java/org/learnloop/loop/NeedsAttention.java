package org.learnloop.loop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.learnloop.actions.ActionPlans;
import org.learnloop.actions.ActionView;
import org.learnloop.assurance.CheckView;
import org.learnloop.assurance.EffectivenessChecks;
import org.learnloop.learning.LessonView;
import org.learnloop.learning.Lessons;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.people.PersonSummary;
import org.learnloop.reporting.EventSearch;
import org.learnloop.reporting.EventView;
import org.learnloop.reporting.Events;
import org.learnloop.review.ReviewView;
import org.learnloop.review.Reviews;
import org.learnloop.shared.PageOf;
import org.learnloop.shared.UkTime;
import org.learnloop.triage.Duties;
import org.learnloop.triage.DutyView;
import org.learnloop.triage.Triages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's Monday view: what is due today and what is late, across the loop. Events still
 * to triage (reported in the last {@value #TRIAGE_WINDOW_DAYS} days), duties due and overdue,
 * reviews waiting for sign-off, overdue actions, effectiveness checks due, lessons not yet shared.
 */
@Service
@Transactional(readOnly = true)
public class NeedsAttention {

    static final int TRIAGE_WINDOW_DAYS = 90;
    static final int MAX_UNTRIAGED = 500;

    private final Events events;
    private final People people;
    private final Triages triages;
    private final Duties duties;
    private final Reviews reviews;
    private final ActionPlans actions;
    private final EffectivenessChecks checks;
    private final Lessons lessons;
    private final Clock clock;

    NeedsAttention(Events events, People people, Triages triages, Duties duties, Reviews reviews, ActionPlans actions,
            EffectivenessChecks checks, Lessons lessons, Clock clock) {
        this.events = events;
        this.people = people;
        this.triages = triages;
        this.duties = duties;
        this.reviews = reviews;
        this.actions = actions;
        this.checks = checks;
        this.lessons = lessons;
        this.clock = clock;
    }

    /** Everything that needs the person's attention, with the events and people it mentions. */
    public record Attention(List<EventView> untriaged, List<DutyView> duties, List<ReviewView> reviews,
            List<ActionView> overdueActions, List<CheckView> checksDue, List<LessonView> draftLessons,
            Map<UUID, EventView> events, Map<UUID, PersonSummary> persons) {

        public int total() {
            return untriaged.size() + duties.size() + reviews.size() + overdueActions.size() + checksDue.size()
                    + draftLessons.size();
        }

        public String referenceOf(UUID eventId) {
            EventView event = events.get(eventId);
            return event == null ? "" : event.reference();
        }

        public String nameOf(UUID personId) {
            PersonSummary person = personId == null ? null : persons.get(personId);
            return person == null ? "" : person.displayName();
        }
    }

    public Attention of(Actor actor) {
        LocalDate today = UkTime.londonDate(clock.instant());
        List<EventView> recent = events.search(actor, new EventSearch(null, null, null, today.minusDays(TRIAGE_WINDOW_DAYS),
                null, null, new PageOf.Request(0, MAX_UNTRIAGED))).items();
        var triaged = triages.forEvents(actor.organisationId(), Loops.ids(recent));
        List<EventView> untriaged = actor.manages() || actor.is(org.learnloop.people.Role.SPEAK_UP_GUARDIAN)
                ? recent.stream().filter(e -> !triaged.containsKey(e.id())).toList() : List.of();
        List<DutyView> openDuties = duties.openFor(actor);
        List<ReviewView> drafts = reviews.awaitingSignOff(actor);
        List<ActionView> overdue = actions.overdueFor(actor);
        List<CheckView> due = checks.dueFor(actor);
        List<LessonView> unshared = lessons.draftsFor(actor);
        Set<UUID> eventIds = new HashSet<>();
        openDuties.forEach(d -> eventIds.add(d.eventId()));
        drafts.forEach(r -> eventIds.addAll(r.eventIds()));
        Set<UUID> personIds = new HashSet<>();
        drafts.forEach(r -> personIds.add(r.leadId()));
        overdue.forEach(a -> personIds.add(a.leadId()));
        return new Attention(untriaged, openDuties, drafts, overdue, due, unshared,
                events.visible(actor, eventIds), people.persons(actor.organisationId(), personIds));
    }
}
