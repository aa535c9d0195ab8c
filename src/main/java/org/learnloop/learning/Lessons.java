package org.learnloop.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.people.PersonSummary;
import org.learnloop.review.ReviewView;
import org.learnloop.review.Reviews;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.InvalidRequest.FieldMessage;
import org.learnloop.shared.NotFound;
import org.learnloop.shared.PageOf;
import org.learnloop.shared.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons, from a signed-off review to staff who have read them. A manager writes the lesson (its
 * title and summary are anonymised before they are stored), checks it and publishes it to the
 * staff of its services; each member of staff says they have read and understood it, once; the
 * manager sees who has and who has not.
 *
 * <p>Who sees a lesson: managers see the lessons shared with any of their services, draft or
 * published; everyone else sees the published ones shared with a service they belong to. Anyone
 * else is told it does not exist.
 */
@Service
@Transactional
public class Lessons {

    private final LessonStore store;
    private final Reviews reviews;
    private final People people;
    private final Anonymiser anonymiser;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    Lessons(LessonStore store, Reviews reviews, People people, Anonymiser anonymiser, Clock clock,
            ApplicationEventPublisher publisher) {
        this.store = store;
        this.reviews = reviews;
        this.people = people;
        this.anonymiser = anonymiser;
        this.clock = clock;
        this.publisher = publisher;
    }

    public LessonView draft(Actor actor, DraftLesson command) {
        Drafting drafting = validate(actor, command);
        if (!drafting.errors().isEmpty()) {
            throw new InvalidRequest(drafting.errors());
        }
        ReviewView review = drafting.review();
        List<UUID> serviceIds = drafting.serviceIds();
        String title = command.title().trim();
        String summary = command.summary().trim();

        Set<String> names = knownNames(actor, review, serviceIds);
        Anonymised anonymisedTitle = anonymiser.anonymise(title, names);
        Anonymised anonymisedSummary = anonymiser.anonymise(summary, names);
        Instant now = clock.instant();
        LessonView lesson = new LessonView(UUID.randomUUID(), actor.organisationId(), review.id(),
                anonymisedTitle.text(), anonymisedSummary.text(), serviceIds, LessonStatus.DRAFT, null, null,
                actor.personId(), now, Anonymised.sum(anonymisedTitle, anonymisedSummary), null);
        store.insert(lesson);
        publisher.publishEvent(new LessonDrafted(actor.organisationId(), actor.personId(), now, lesson.id(),
                review.id(), serviceIds));
        return lesson;
    }

    /**
     * Everything wrong with this lesson, in plain English; empty when it can be written. Not found
     * or forbidden first, as {@link #draft} would be.
     */
    @Transactional(readOnly = true)
    public List<FieldMessage> check(Actor actor, DraftLesson command) {
        return validate(actor, command).errors();
    }

    private record Drafting(ReviewView review, List<UUID> serviceIds, List<FieldMessage> errors) {
    }

    private Drafting validate(Actor actor, DraftLesson command) {
        if (command.reviewId() == null) {
            throw InvalidRequest.of("reviewId", "Choose the review the lesson comes from");
        }
        ReviewView review = reviews.find(actor, command.reviewId());
        requireManager(actor, "Only a manager can write a lesson.");
        List<FieldMessage> errors = new ArrayList<>();
        if (!review.signedOff()) {
            errors.add(new FieldMessage("reviewId", "Sign the review off before writing its lesson"));
        }
        text(errors, "title", command.title(), DraftLesson.TITLE_MAX, "Enter a title for the lesson",
                "The title must be %,d characters or fewer", "the title");
        text(errors, "summary", command.summary(), DraftLesson.SUMMARY_MAX, "Enter what staff should learn",
                "What staff should learn must be %,d characters or fewer", "what staff should learn");
        List<UUID> serviceIds = command.serviceIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(command.serviceIds().stream().filter(Objects::nonNull).toList()));
        if (serviceIds.isEmpty()) {
            serviceIds = List.of(review.serviceId());
        }
        if (serviceIds.stream().anyMatch(id -> !actor.belongsTo(id) || people.service(actor.organisationId(), id).isEmpty())) {
            errors.add(new FieldMessage("serviceIds", "Choose only services you work in"));
        }
        return new Drafting(review, serviceIds, errors);
    }

    public LessonView publish(Actor actor, UUID id) {
        LessonView lesson = find(actor, id);
        requireManager(actor, "Only a manager can publish a lesson.");
        Instant now = clock.instant();
        if (lesson.published() || !store.publish(actor.organisationId(), id, actor.personId(), now)) {
            throw InvalidRequest.of("status", "This lesson is already published");
        }
        publisher.publishEvent(new LessonPublished(actor.organisationId(), actor.personId(), now, id, lesson.reviewId(),
                lesson.serviceIds()));
        return find(actor, id);
    }

    /**
     * The person says they have read and understood a published lesson shared with one of their
     * services. Saying it again changes nothing: the first time is kept.
     */
    public AcknowledgementView acknowledge(Actor actor, UUID id) {
        LessonView lesson = store.find(actor.organisationId(), id)
                .filter(l -> l.published() && l.sharedWithAny(actor.serviceIds()))
                .orElseThrow(() -> NotFound.of("Lesson", id));
        Instant now = clock.instant();
        boolean firstTime = store.acknowledge(actor.organisationId(), id, actor.personId(), now);
        if (firstTime) {
            publisher.publishEvent(new LessonAcknowledged(actor.organisationId(), actor.personId(), now, id,
                    lesson.reviewId()));
        }
        Instant at = store.acknowledgedBy(actor.organisationId(), actor.personId(), List.of(id)).get(id);
        return new AcknowledgementView(id, actor.personId(), at, firstTime);
    }

    /** Who of the lesson's staff has acknowledged it and who has not yet: for managers. */
    @Transactional(readOnly = true)
    public AcknowledgementReport acknowledgements(Actor actor, UUID id) {
        LessonView lesson = find(actor, id);
        requireManager(actor, "Only a manager can see who has read a lesson.");
        Map<UUID, Instant> read = store.acknowledgements(actor.organisationId(), List.of(id)).getOrDefault(id, Map.of());
        List<AcknowledgementReport.StaffAcknowledgement> staff = people.staffOf(actor.organisationId(), lesson.serviceIds())
                .stream()
                .map(p -> new AcknowledgementReport.StaffAcknowledgement(p, read.get(p.id())))
                .toList();
        return new AcknowledgementReport(id, staff);
    }

    @Transactional(readOnly = true)
    public LessonView find(Actor actor, UUID id) {
        LessonView lesson = store.find(actor.organisationId(), id)
                .filter(l -> canSee(actor, l))
                .orElseThrow(() -> NotFound.of("Lesson", id));
        return lesson.readBy(store.acknowledgedBy(actor.organisationId(), actor.personId(), List.of(id)).get(id));
    }

    /**
     * The person's lessons, newest first, each with whether they have acknowledged it: the
     * published lessons shared with their services, and for managers the drafts too.
     */
    @Transactional(readOnly = true)
    public List<LessonView> forPerson(Actor actor) {
        return store.forPerson(actor, actor.manages(), false, Integer.MAX_VALUE, 0);
    }

    /**
     * The lessons written but not yet shared with staff, in the manager's services, newest first (at
     * most {@value org.learnloop.shared.PageOf#MAX_SIZE}): what needs their attention. Nobody else has drafts.
     */
    @Transactional(readOnly = true)
    public List<LessonView> draftsFor(Actor actor) {
        return actor.manages() ? store.drafts(actor, PageOf.MAX_SIZE) : List.of();
    }

    /** One page of {@link #forPerson(Actor)}, for the API. */
    @Transactional(readOnly = true)
    public PageOf<LessonView> forPerson(Actor actor, PageOf.Request page) {
        return new PageOf<>(store.forPerson(actor, actor.manages(), false, page.size(), page.offset()), page.page(),
                page.size(), store.countForPerson(actor, actor.manages()));
    }

    /** Published lessons shared with the person's services that they have not yet acknowledged. */
    @Transactional(readOnly = true)
    public List<LessonView> unreadBy(Actor actor) {
        return store.forPerson(actor, false, true, Integer.MAX_VALUE, 0);
    }

    /**
     * Where each lesson written from these reviews stands, in one query that reads no wording, for
     * read models that count loops and have checked access to the reviews.
     */
    @Transactional(readOnly = true)
    public List<LessonStanding> standingsFor(UUID organisationId, Collection<UUID> reviewIds) {
        return store.standingsFor(organisationId, reviewIds);
    }

    /** The lessons written from these reviews, in one query, for read models that have checked access. */
    @Transactional(readOnly = true)
    public List<LessonView> forReviews(UUID organisationId, Collection<UUID> reviewIds) {
        return store.forReviews(organisationId, reviewIds);
    }

    /**
     * For each of these lessons, how many of its staff (the people who belong to its services now)
     * have acknowledged it, out of how many. For read models that have checked access.
     */
    @Transactional(readOnly = true)
    public Map<UUID, AckCount> acknowledgementCounts(UUID organisationId, Collection<UUID> lessonIds) {
        if (lessonIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<UUID, Instant>> read = store.acknowledgements(organisationId, lessonIds);
        Map<Set<UUID>, List<PersonSummary>> staffByServices = new HashMap<>();
        Map<UUID, AckCount> counts = new HashMap<>();
        for (LessonView lesson : store.findAll(organisationId, lessonIds)) {
            List<PersonSummary> staff = staffByServices.computeIfAbsent(Set.copyOf(lesson.serviceIds()),
                    services -> people.staffOf(organisationId, services));
            Map<UUID, Instant> readers = read.getOrDefault(lesson.id(), Map.of());
            int acknowledged = (int) staff.stream().filter(p -> readers.containsKey(p.id())).count();
            counts.put(lesson.id(), new AckCount(acknowledged, staff.size()));
        }
        return counts;
    }

    /** Whether the person may see this lesson, by the rule above: for read models that list lessons. */
    public boolean visibleTo(Actor actor, LessonView lesson) {
        return canSee(actor, lesson);
    }

    private static boolean canSee(Actor actor, LessonView lesson) {
        return lesson.organisationId().equals(actor.organisationId()) && lesson.sharedWithAny(actor.serviceIds())
                && (lesson.published() || actor.manages());
    }

    /**
     * The names a lesson must not carry: the staff of its services and of the review's service, the
     * people who led, opened and signed off the review, the reporters of its events, and the writer.
     */
    private Set<String> knownNames(Actor actor, ReviewView review, List<UUID> serviceIds) {
        Set<UUID> services = new HashSet<>(serviceIds);
        services.add(review.serviceId());
        Set<String> names = new LinkedHashSet<>();
        people.staffOf(actor.organisationId(), services).forEach(p -> names.add(p.displayName()));
        Set<UUID> involved = new HashSet<>();
        involved.add(review.leadId());
        involved.add(review.openedBy());
        if (review.signedOffBy() != null) {
            involved.add(review.signedOffBy());
        }
        reviews.eventsOf(actor, review).stream().map(e -> e.reporterId()).filter(Objects::nonNull).forEach(involved::add);
        people.persons(actor.organisationId(), involved).values().forEach(p -> names.add(p.displayName()));
        names.add(actor.displayName());
        return names;
    }

    private static void text(List<FieldMessage> errors, String field, String value, int max, String missing,
            String tooLong, String what) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldMessage(field, missing));
        } else if (value.trim().length() > max) {
            errors.add(new FieldMessage(field, tooLong.formatted(max)));
        } else {
            PlainText.check(errors, field, value, what);
        }
    }

    private static void requireManager(Actor actor, String message) {
        if (!actor.manages()) {
            throw Forbidden.because(message);
        }
    }
}
