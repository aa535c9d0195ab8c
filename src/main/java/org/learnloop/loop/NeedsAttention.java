package org.learnloop.loop;

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
import org.learnloop.reporting.EventView;
import org.learnloop.reporting.Events;
import org.learnloop.review.ReviewView;
import org.learnloop.review.Reviews;
import org.learnloop.triage.Duties;
import org.learnloop.triage.DutyView;
import org.learnloop.triage.Triages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's Monday view: what is due today and what is late, across the loop. Every event still
 * to triage (up to {@value #MAX_UNTRIAGED}, the most recent first), duties due and overdue,
 * reviews waiting for sign-off, overdue actions, effectiveness checks due, lessons not yet shared.
 */
@Service
@Transactional(readOnly = true)
public class NeedsAttention {

    static final int MAX_UNTRIAGED = 500;

    private final Events events;
    private final People people;
    private final Triages triages;
    private final Duties duties;
    private final Reviews reviews;
    private final ActionPlans actions;
    private final EffectivenessChecks checks;
    private final Lessons lessons;

    NeedsAttention(Events events, People people, Triages triages, Duties duties, Reviews reviews, ActionPlans actions,
            EffectivenessChecks checks, Lessons lessons) {
        this.events = events;
        this.people = people;
        this.triages = triages;
        this.duties = duties;
        this.reviews = reviews;
        this.actions = actions;
        this.checks = checks;
        this.lessons = lessons;
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
        List<EventView> untriaged = actor.manages() || actor.is(org.learnloop.people.Role.SPEAK_UP_GUARDIAN)
                ? untriaged(actor) : List.of();
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

    /** Every event the person may see that still awaits triage, however old, the most recent first. */
    private List<EventView> untriaged(Actor actor) {
        List<UUID> awaiting = triages.awaitingTriage(actor.organisationId(), actor.serviceIds(), MAX_UNTRIAGED);
        Map<UUID, EventView> visible = events.visible(actor, awaiting);
        return awaiting.stream().map(visible::get).filter(java.util.Objects::nonNull).toList();
    }
}
