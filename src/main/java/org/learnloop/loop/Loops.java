package org.learnloop.loop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.learnloop.actions.ActionPlans;
import org.learnloop.actions.ActionStanding;
import org.learnloop.actions.ActionView;
import org.learnloop.assurance.CheckStanding;
import org.learnloop.assurance.CheckStatus;
import org.learnloop.assurance.CheckView;
import org.learnloop.assurance.EffectivenessChecks;
import org.learnloop.learning.LessonStanding;
import org.learnloop.learning.LessonStatus;
import org.learnloop.learning.LessonView;
import org.learnloop.learning.Lessons;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.reporting.EventView;
import org.learnloop.reporting.Events;
import org.learnloop.review.ReviewStanding;
import org.learnloop.review.ReviewView;
import org.learnloop.review.Reviews;
import org.learnloop.triage.Duties;
import org.learnloop.triage.TriageView;
import org.learnloop.triage.Triages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Derives the loop of events from the facts the other modules own, in a fixed number of queries
 * however many events are asked about: triages, reviews, actions, checks and lessons, each
 * fetched once for the whole batch.
 */
@Service
@Transactional(readOnly = true)
public class Loops {

    private final Events events;
    private final People people;
    private final Triages triages;
    private final Duties duties;
    private final Reviews reviews;
    private final ActionPlans actions;
    private final EffectivenessChecks checks;
    private final Lessons lessons;

    Loops(Events events, People people, Triages triages, Duties duties, Reviews reviews, ActionPlans actions,
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

    /**
     * The facts of a batch of events, gathered in one query per module, and indexed once (by event,
     * review and action) so that the loop of each event is found without scanning the whole batch.
     */
    public static final class Batch {

        private final Map<UUID, TriageView> triages;
        private final List<ReviewView> reviews;
        private final List<ActionView> actions;
        private final List<CheckView> checks;
        private final List<LessonView> lessons;
        private final Map<UUID, List<ReviewView>> reviewsByEvent = new HashMap<>();
        private final Map<UUID, List<ActionView>> actionsByReview = new HashMap<>();
        private final Map<UUID, List<CheckView>> checksByAction = new HashMap<>();
        private final Map<UUID, List<LessonView>> lessonsByReview = new HashMap<>();

        public Batch(Map<UUID, TriageView> triages, List<ReviewView> reviews, List<ActionView> actions,
                List<CheckView> checks, List<LessonView> lessons) {
            this.triages = triages;
            this.reviews = reviews;
            this.actions = actions;
            this.checks = checks;
            this.lessons = lessons;
            reviews.forEach(r -> r.eventIds().forEach(e -> reviewsByEvent.computeIfAbsent(e, k -> new ArrayList<>()).add(r)));
            actions.forEach(a -> actionsByReview.computeIfAbsent(a.reviewId(), k -> new ArrayList<>()).add(a));
            checks.forEach(c -> checksByAction.computeIfAbsent(c.actionId(), k -> new ArrayList<>()).add(c));
            lessons.forEach(l -> lessonsByReview.computeIfAbsent(l.reviewId(), k -> new ArrayList<>()).add(l));
        }

        public Map<UUID, TriageView> triages() {
            return triages;
        }

        public List<ReviewView> reviews() {
            return reviews;
        }

        public List<ActionView> actions() {
            return actions;
        }

        public List<CheckView> checks() {
            return checks;
        }

        public List<LessonView> lessons() {
            return lessons;
        }

        public List<ReviewView> reviewsOf(UUID eventId) {
            return reviewsByEvent.getOrDefault(eventId, List.of());
        }

        /** The actions of these reviews, in the order the batch holds them. */
        public List<ActionView> actionsOf(Collection<UUID> reviewIds) {
            List<ActionView> found = new ArrayList<>();
            reviewIds.forEach(id -> found.addAll(actionsByReview.getOrDefault(id, List.of())));
            return found;
        }

        /** The checks of these actions. */
        public List<CheckView> checksOf(Collection<UUID> actionIds) {
            List<CheckView> found = new ArrayList<>();
            actionIds.forEach(id -> found.addAll(checksByAction.getOrDefault(id, List.of())));
            return found;
        }

        /** The lessons written from these reviews. */
        public List<LessonView> lessonsOf(Collection<UUID> reviewIds) {
            List<LessonView> found = new ArrayList<>();
            reviewIds.forEach(id -> found.addAll(lessonsByReview.getOrDefault(id, List.of())));
            return found;
        }

        public LoopFacts factsOf(UUID eventId) {
            List<ReviewView> own = reviewsOf(eventId);
            List<UUID> reviewIds = own.stream().map(ReviewView::id).toList();
            List<ActionView> ownActions = actionsOf(reviewIds);
            List<UUID> actionIds = ownActions.stream().map(ActionView::id).toList();
            return new LoopFacts(triages.containsKey(eventId),
                    own.stream().map(r -> new LoopFacts.ReviewFact(r.id(), r.signedOff())).toList(),
                    ownActions.stream().map(a -> new LoopFacts.ActionFact(a.id(), a.status().name())).toList(),
                    checksOf(actionIds).stream()
                            .map(c -> new LoopFacts.CheckFact(c.actionId(), c.status().name().equals("DONE"),
                                    c.verdict() == null ? null : c.verdict().name(), c.recordedAt()))
                            .toList(),
                    lessonsOf(reviewIds).stream()
                            .map(l -> new LoopFacts.LessonFact(l.id(), l.status().name().equals("PUBLISHED")))
                            .toList());
        }

        public LoopRules.Loop loopOf(UUID eventId) {
            return LoopRules.of(factsOf(eventId));
        }
    }

    /** The facts of these events, which the caller has already checked the person may see. */
    public Batch batch(UUID organisationId, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return new Batch(Map.of(), List.of(), List.of(), List.of(), List.of());
        }
        Map<UUID, TriageView> triaged = triages.forEvents(organisationId, eventIds);
        List<ReviewView> reviewList = reviews.forEvents(organisationId, eventIds);
        List<UUID> reviewIds = reviewList.stream().map(ReviewView::id).toList();
        List<ActionView> actionList = actions.forReviews(organisationId, reviewIds);
        List<CheckView> checkList = checks.forActions(organisationId, actionList.stream().map(ActionView::id).toList());
        List<LessonView> lessonList = lessons.forReviews(organisationId, reviewIds);
        return new Batch(triaged, reviewList, actionList, checkList, lessonList);
    }

    /** How many events' facts one round of queries asks about (see {@link #loopsFromStandings}). */
    static final int CHUNK = 1_000;

    /**
     * The loop of each of these events, however many (a quarter of a large group is tens of
     * thousands), from the few facts that decide it: whether each was triaged and where its
     * reviews, actions, checks and lessons stand, read without their wording. The events are asked
     * about a thousand at a time, five queries a round: a list of many thousand ids in one
     * {@code in (...)} is searched row by row on H2. {@link LoopRules} decides each stage, as for
     * {@link #loops}.
     */
    public Map<UUID, LoopRules.Loop> loopsFromStandings(UUID organisationId, List<UUID> eventIds) {
        Map<UUID, LoopRules.Loop> loops = new HashMap<>();
        for (int start = 0; start < eventIds.size(); start += CHUNK) {
            List<UUID> chunk = eventIds.subList(start, Math.min(eventIds.size(), start + CHUNK));
            Set<UUID> triaged = triages.triagedAmong(organisationId, chunk);
            Map<UUID, List<LoopFacts.ReviewFact>> reviewsByEvent = new HashMap<>();
            Set<UUID> reviewIds = new HashSet<>();
            for (ReviewStanding review : reviews.standingsFor(organisationId, chunk)) {
                reviewsByEvent.computeIfAbsent(review.eventId(), k -> new ArrayList<>())
                        .add(new LoopFacts.ReviewFact(review.reviewId(), review.signedOff()));
                reviewIds.add(review.reviewId());
            }
            Map<UUID, List<LoopFacts.ActionFact>> actionsByReview = new HashMap<>();
            Set<UUID> actionIds = new HashSet<>();
            for (ActionStanding action : actions.standingsFor(organisationId, reviewIds)) {
                actionsByReview.computeIfAbsent(action.reviewId(), k -> new ArrayList<>())
                        .add(new LoopFacts.ActionFact(action.id(), action.status().name()));
                actionIds.add(action.id());
            }
            Map<UUID, List<LoopFacts.CheckFact>> checksByAction = new HashMap<>();
            for (CheckStanding check : checks.standingsFor(organisationId, actionIds)) {
                checksByAction.computeIfAbsent(check.actionId(), k -> new ArrayList<>())
                        .add(new LoopFacts.CheckFact(check.actionId(), check.status() == CheckStatus.DONE,
                                check.verdict() == null ? null : check.verdict().name(), check.recordedAt()));
            }
            Map<UUID, List<LoopFacts.LessonFact>> lessonsByReview = new HashMap<>();
            for (LessonStanding lesson : lessons.standingsFor(organisationId, reviewIds)) {
                lessonsByReview.computeIfAbsent(lesson.reviewId(), k -> new ArrayList<>())
                        .add(new LoopFacts.LessonFact(lesson.id(), lesson.status() == LessonStatus.PUBLISHED));
            }
            for (UUID eventId : chunk) {
                List<LoopFacts.ReviewFact> own = reviewsByEvent.getOrDefault(eventId, List.of());
                List<LoopFacts.ActionFact> ownActions = new ArrayList<>();
                List<LoopFacts.LessonFact> ownLessons = new ArrayList<>();
                for (LoopFacts.ReviewFact review : own) {
                    ownActions.addAll(actionsByReview.getOrDefault(review.id(), List.of()));
                    ownLessons.addAll(lessonsByReview.getOrDefault(review.id(), List.of()));
                }
                List<LoopFacts.CheckFact> ownChecks = new ArrayList<>();
                ownActions.forEach(a -> ownChecks.addAll(checksByAction.getOrDefault(a.id(), List.of())));
                loops.put(eventId, LoopRules.of(
                        new LoopFacts(triaged.contains(eventId), own, ownActions, ownChecks, ownLessons)));
            }
        }
        return loops;
    }

    /** The loop of each of these events. */
    public Map<UUID, LoopRules.Loop> loops(UUID organisationId, Collection<UUID> eventIds) {
        Batch batch = batch(organisationId, eventIds);
        Map<UUID, LoopRules.Loop> loops = new HashMap<>();
        eventIds.forEach(id -> loops.put(id, batch.loopOf(id)));
        return loops;
    }

    /**
     * One event's whole story, for the person asking (404 if they may not see the event). A review
     * that also covers an event the person may not see (a safeguarding concern, for a team leader)
     * is left out of it, with its actions and lessons: its findings may tell of that event. The
     * loop's stage still counts it.
     */
    public EventStory story(Actor actor, UUID eventId) {
        EventView event = events.find(actor, eventId);
        Batch batch = batch(actor.organisationId(), List.of(eventId));
        List<ReviewView> covering = batch.reviewsOf(eventId);
        Set<UUID> covered = new HashSet<>();
        covering.forEach(r -> covered.addAll(r.eventIds()));
        Set<UUID> visible = events.visible(actor, covered).keySet();
        List<ReviewView> own = covering.stream().filter(r -> visible.containsAll(r.eventIds())).toList();
        Set<UUID> reviewIds = new HashSet<>();
        own.forEach(r -> reviewIds.add(r.id()));
        List<ActionView> ownActions = batch.actions().stream().filter(a -> reviewIds.contains(a.reviewId())).toList();
        Set<UUID> actionIds = new HashSet<>();
        ownActions.forEach(a -> actionIds.add(a.id()));
        Set<UUID> personIds = new HashSet<>();
        if (event.reporterId() != null) {
            personIds.add(event.reporterId());
        }
        event.amendments().forEach(a -> personIds.add(a.addedBy()));
        own.forEach(r -> {
            personIds.add(r.leadId());
            personIds.add(r.signedOffBy());
        });
        ownActions.forEach(a -> {
            personIds.add(a.leadId());
            personIds.add(a.verifiedBy());
        });
        var triage = java.util.Optional.ofNullable(batch.triages().get(eventId));
        triage.ifPresent(t -> personIds.add(t.triagedBy()));
        personIds.remove(null);
        return new EventStory(event, people.service(actor.organisationId(), event.serviceId()).orElseThrow(), triage,
                duties.forEvents(actor.organisationId(), List.of(eventId)).getOrDefault(eventId, List.of()), own,
                ownActions, batch.checks().stream().filter(c -> actionIds.contains(c.actionId())).toList(),
                batch.lessons().stream().filter(l -> reviewIds.contains(l.reviewId()) && lessons.visibleTo(actor, l))
                        .toList(), batch.loopOf(eventId),
                people.persons(actor.organisationId(), personIds));
    }

    static List<UUID> ids(List<EventView> list) {
        List<UUID> ids = new ArrayList<>();
        list.forEach(e -> ids.add(e.id()));
        return ids;
    }
}
