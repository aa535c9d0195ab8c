package org.learnloop.loop;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.learnloop.actions.ActionView;
import org.learnloop.assurance.CheckView;
import org.learnloop.learning.LessonView;
import org.learnloop.people.PersonSummary;
import org.learnloop.people.ServiceSummary;
import org.learnloop.reporting.EventView;
import org.learnloop.review.ReviewView;
import org.learnloop.triage.DutyView;
import org.learnloop.triage.TriageView;

/**
 * One event's whole story, from the report to the lesson: what the event page and the API show.
 * {@code persons} names everyone the story mentions.
 */
public record EventStory(EventView event, ServiceSummary service, Optional<TriageView> triage, List<DutyView> duties,
        List<ReviewView> reviews, List<ActionView> actions, List<CheckView> checks, List<LessonView> lessons,
        LoopRules.Loop loop, Map<UUID, PersonSummary> persons) {

    public List<ActionView> actionsOf(UUID reviewId) {
        return actions.stream().filter(a -> a.reviewId().equals(reviewId)).toList();
    }

    public List<CheckView> checksOf(UUID actionId) {
        return checks.stream().filter(c -> c.actionId().equals(actionId)).toList();
    }

    public String nameOf(UUID personId) {
        PersonSummary person = personId == null ? null : persons.get(personId);
        return person == null ? "" : person.displayName();
    }
}
