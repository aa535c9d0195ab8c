package org.learnloop.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.people.PersonSummary;
import org.learnloop.people.Role;
import org.learnloop.reporting.EventView;
import org.learnloop.reporting.Events;
import org.learnloop.shared.ConflictingChange;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.InvalidRequest.FieldMessage;
import org.learnloop.shared.NotFound;
import org.learnloop.shared.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, writes up and signs off learning reviews. A person sees a review only when they may see
 * every event it covers; only a manager may open, edit or sign one off, and a full investigation
 * is signed off by the nominated individual.
 */
@Service
@Transactional
public class Reviews {

    private final ReviewStore store;
    private final Events events;
    private final People people;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    Reviews(ReviewStore store, Events events, People people, Clock clock, ApplicationEventPublisher publisher) {
        this.store = store;
        this.events = events;
        this.people = people;
        this.clock = clock;
        this.publisher = publisher;
    }

    public ReviewView open(Actor actor, OpenReview command) {
        Opening opening = validate(actor, command);
        if (!opening.errors().isEmpty()) {
            throw new InvalidRequest(opening.errors());
        }
        Instant now = clock.instant();
        ReviewView review = new ReviewView(UUID.randomUUID(), actor.organisationId(), opening.serviceId(),
                opening.eventIds(), command.type(), opening.lead().id(), ReviewStatus.DRAFT, null, Set.of(), List.of(),
                actor.personId(), now, null, null, 0);
        store.insert(review);
        store.keepVersion(review, actor.personId(), now);
        publisher.publishEvent(new ReviewOpened(actor.organisationId(), actor.personId(), now, review.id(),
                opening.serviceId(), opening.eventIds()));
        return review;
    }

    /**
     * Everything wrong with opening this review, in plain English; empty when it can be opened.
     * Not found or forbidden first, as {@link #open} would be.
     */
    @Transactional(readOnly = true)
    public List<FieldMessage> checkOpen(Actor actor, OpenReview command) {
        return validate(actor, command).errors();
    }

    private record Opening(List<UUID> eventIds, UUID serviceId, PersonSummary lead, List<FieldMessage> errors) {
    }

    private Opening validate(Actor actor, OpenReview command) {
        List<FieldMessage> errors = new ArrayList<>();
        List<UUID> eventIds = command.eventIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(command.eventIds().stream().filter(java.util.Objects::nonNull).toList()));
        var visible = events.visible(actor, eventIds);
        if (eventIds.isEmpty()) {
            errors.add(new FieldMessage("eventIds", "Choose at least one event to review"));
        } else if (eventIds.size() > 200) {
            errors.add(new FieldMessage("eventIds", "A review can cover at most 200 events"));
        } else if (visible.size() != eventIds.size()) {
            throw NotFound.of("Event", eventIds.stream().filter(id -> !visible.containsKey(id)).findFirst().orElseThrow());
        }
        requireManager(actor);
        if (command.type() == null) {
            errors.add(new FieldMessage("type", "Choose the kind of learning response"));
        }
        UUID serviceId = eventIds.isEmpty() || !visible.containsKey(eventIds.get(0)) ? null
                : visible.get(eventIds.get(0)).serviceId();
        PersonSummary lead = null;
        if (command.leadUsername() == null || command.leadUsername().isBlank()) {
            errors.add(new FieldMessage("leadUsername", "Choose who leads the review"));
        } else {
            lead = people.personByUsername(actor.organisationId(), command.leadUsername()).orElse(null);
            if (lead == null || serviceId != null && !people.canWorkIn(actor.organisationId(), lead.id(), serviceId)) {
                errors.add(new FieldMessage("leadUsername", "Choose a member of staff of this service to lead the review"));
                lead = null;
            }
        }
        return new Opening(eventIds, serviceId, lead, errors);
    }

    @Transactional(readOnly = true)
    public ReviewView find(Actor actor, UUID id) {
        return findVisible(actor, id).orElseThrow(() -> NotFound.of("Review", id));
    }

    /**
     * The review if the person may see it (every event it covers is visible to them), or empty: for
     * modules that show a review's details only to those who may see them, without failing.
     */
    @Transactional(readOnly = true)
    public Optional<ReviewView> findVisible(Actor actor, UUID id) {
        return store.find(actor.organisationId(), id)
                .filter(review -> events.visible(actor, review.eventIds()).size() == review.eventIds().size());
    }

    /**
     * Saves a write-up of the review. When the person sends the version they opened and someone else
     * has saved (or signed the review off) since, nothing is saved: they are told who changed it,
     * when, and what changed, so that they can merge rather than overwrite.
     */
    public ReviewView update(Actor actor, UUID id, UpdateReview command) {
        ReviewView review = find(actor, id);
        requireManager(actor);
        int expected = command.version() == null ? review.version() : command.version();
        if (review.signedOff()) {
            if (expected != review.version()) {
                throw changedMeanwhile(review, expected, null);
            }
            throw InvalidRequest.of("status", "This review is signed off and can no longer be changed");
        }
        List<FieldMessage> errors = new ArrayList<>();
        List<Finding> findings = validate(review, command, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        String summary = command.summary() == null || command.summary().isBlank() ? null : command.summary().trim();
        Set<ContributoryFactor> factors = EnumSet.noneOf(ContributoryFactor.class);
        if (command.contributoryFactors() != null) {
            command.contributoryFactors().stream().filter(java.util.Objects::nonNull).forEach(factors::add);
        }
        Instant now = clock.instant();
        ReviewView updated = new ReviewView(review.id(), review.organisationId(), review.serviceId(), review.eventIds(),
                review.type(), review.leadId(), review.status(), summary, Set.copyOf(factors), List.copyOf(findings),
                review.openedBy(), review.openedAt(), null, null, expected + 1);
        if (expected != review.version() || !store.update(updated, expected)) {
            throw changedMeanwhile(store.find(actor.organisationId(), id).orElseThrow(), expected,
                    ReviewVersion.of(updated, actor.personId(), now));
        }
        store.keepVersion(updated, actor.personId(), now);
        publisher.publishEvent(new ReviewUpdated(actor.organisationId(), actor.personId(), now, id,
                review.serviceId(), review.eventIds()));
        return updated;
    }

    /**
     * The refusal of a write-up based on version {@code opened} of a review that is now at another:
     * what changed since the version the person opened, or, when that version was not kept, how what
     * is saved differs from what they sent.
     */
    private ReviewChangedMeanwhile changedMeanwhile(ReviewView current, int opened, ReviewVersion sent) {
        ReviewVersion now = ReviewVersion.of(current, null, null);
        ReviewVersion before = store.version(current.organisationId(), current.id(), opened)
                .orElse(sent == null ? now : sent);
        if (current.signedOff()) {
            return new ReviewChangedMeanwhile(current, current.signedOffBy(), current.signedOffAt(),
                    ReviewChanges.between(before, now));
        }
        var saved = store.version(current.organisationId(), current.id(), current.version());
        return new ReviewChangedMeanwhile(current, saved.map(ReviewVersion::savedBy).orElse(null),
                saved.map(ReviewVersion::savedAt).orElse(null), ReviewChanges.between(before, now));
    }

    /**
     * Everything wrong with this write-up of the review, in plain English; empty when it can be
     * saved. Not found or forbidden first, as {@link #update} would be.
     */
    @Transactional(readOnly = true)
    public List<FieldMessage> checkUpdate(Actor actor, UUID id, UpdateReview command) {
        ReviewView review = find(actor, id);
        requireManager(actor);
        if (review.signedOff()) {
            return List.of(new FieldMessage("status", "This review is signed off and can no longer be changed"));
        }
        List<FieldMessage> errors = new ArrayList<>();
        validate(review, command, errors);
        return errors;
    }

    /**
     * Checks a write-up and answers its findings, keeping the id of each finding the review already
     * has. A write-up with nothing in it at all is refused: saving it would only wipe out the
     * review's work so far.
     */
    private static List<Finding> validate(ReviewView review, UpdateReview command, List<FieldMessage> errors) {
        String summary = command.summary() == null ? null : command.summary().trim();
        if (summary != null && summary.length() > UpdateReview.SUMMARY_MAX) {
            errors.add(new FieldMessage("summary", "What happened must be %,d characters or fewer".formatted(UpdateReview.SUMMARY_MAX)));
        } else {
            PlainText.check(errors, "summary", summary, "what happened");
        }
        List<Finding> findings = new ArrayList<>();
        List<UpdateReview.FindingInput> inputs = command.findings() == null ? List.of() : command.findings();
        if (inputs.size() > UpdateReview.FINDINGS_MAX) {
            errors.add(new FieldMessage("findings", "A review can have at most %d findings".formatted(UpdateReview.FINDINGS_MAX)));
        } else {
            Set<UUID> seen = new HashSet<>();
            for (UpdateReview.FindingInput input : inputs) {
                if (input == null || input.text() == null) {
                    continue;
                }
                if (input.text().length() > UpdateReview.FINDING_MAX) {
                    errors.add(new FieldMessage("findings", "Each finding must be %,d characters or fewer".formatted(UpdateReview.FINDING_MAX)));
                    break;
                }
                if (input.text().isBlank()) {
                    continue;
                }
                if (PlainText.hasHiddenCharacters(input.text())) {
                    errors.add(new FieldMessage("findings", PlainText.message("the findings")));
                    break;
                }
                UUID findingId = input.id() != null && review.hasFinding(input.id()) && seen.add(input.id()) ? input.id()
                        : UUID.randomUUID();
                findings.add(new Finding(findingId, input.text().trim()));
            }
        }
        boolean noFactors = command.contributoryFactors() == null || command.contributoryFactors().stream()
                .noneMatch(java.util.Objects::nonNull);
        if (errors.isEmpty() && (summary == null || summary.isEmpty()) && noFactors && findings.isEmpty()) {
            errors.add(new FieldMessage("summary",
                    "Write what happened, choose a contributory factor or record a finding before saving"));
        }
        return findings;
    }

    public ReviewView signOff(Actor actor, UUID id) {
        ReviewView review = find(actor, id);
        requireManager(actor);
        if (review.signedOff()) {
            throw InvalidRequest.of("status", "This review is already signed off");
        }
        if (review.type() == LearningResponse.FULL_INVESTIGATION && !actor.is(Role.NOMINATED_INDIVIDUAL)) {
            throw Forbidden.because("A full investigation is signed off by the nominated individual.");
        }
        List<FieldMessage> errors = missingBeforeSignOff(review.summary() != null, !review.contributoryFactors().isEmpty(),
                !review.findings().isEmpty());
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        Instant now = clock.instant();
        if (!store.signOff(review, actor.personId(), now)) {
            throw ConflictingChange.on("This review");
        }
        publisher.publishEvent(new ReviewSignedOff(actor.organisationId(), actor.personId(), now, id, review.serviceId(),
                review.eventIds()));
        return store.find(actor.organisationId(), id).orElseThrow();
    }

    /** What a review must have before it is signed off, each missing part with its message. */
    public static List<FieldMessage> missingBeforeSignOff(boolean hasSummary, boolean hasFactors, boolean hasFindings) {
        List<FieldMessage> errors = new ArrayList<>();
        if (!hasSummary) {
            errors.add(new FieldMessage("summary", "Write what happened before signing the review off"));
        }
        if (!hasFactors) {
            errors.add(new FieldMessage("contributoryFactors", "Choose at least one contributory factor before signing off"));
        }
        if (!hasFindings) {
            errors.add(new FieldMessage("findings", "Record at least one finding before signing off"));
        }
        return errors;
    }

    /** Reviews covering any of these events, for read models that have checked access to the events. */
    @Transactional(readOnly = true)
    public List<ReviewView> forEvents(UUID organisationId, Collection<UUID> eventIds) {
        return store.forEvents(organisationId, eventIds);
    }

    /**
     * Where each review covering any of these events stands (one entry per review and event), in
     * one query that reads no write-up, for read models that count loops and have checked access.
     */
    @Transactional(readOnly = true)
    public List<ReviewStanding> standingsFor(UUID organisationId, Collection<UUID> eventIds) {
        return store.standingsFor(organisationId, eventIds);
    }

    /** Reviews by id, for read models that have checked access. */
    @Transactional(readOnly = true)
    public List<ReviewView> byIds(UUID organisationId, Collection<UUID> reviewIds) {
        return store.findAll(organisationId, reviewIds);
    }

    /**
     * Which of these reviews the person may see (every event each covers is visible to them), in
     * two queries: for lists of things that hang off reviews, such as actions and checks.
     */
    @Transactional(readOnly = true)
    public Set<UUID> visibleAmong(Actor actor, Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return Set.of();
        }
        List<ReviewView> found = store.findAll(actor.organisationId(), reviewIds);
        Set<UUID> allEvents = new HashSet<>();
        found.forEach(r -> allEvents.addAll(r.eventIds()));
        var visible = events.visible(actor, allEvents).keySet();
        return found.stream().filter(r -> visible.containsAll(r.eventIds())).map(ReviewView::id)
                .collect(Collectors.toSet());
    }

    /** Reviews still being written in the person's services, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewView> awaitingSignOff(Actor actor) {
        if (!actor.manages()) {
            return List.of();
        }
        List<ReviewView> drafts = store.drafts(actor.organisationId(), actor.serviceIds());
        Set<UUID> allEvents = new HashSet<>();
        drafts.forEach(r -> allEvents.addAll(r.eventIds()));
        var visible = events.visible(actor, allEvents);
        return drafts.stream().filter(r -> visible.keySet().containsAll(r.eventIds())).toList();
    }

    /** The events a review covers, as the person may see them. */
    @Transactional(readOnly = true)
    public List<EventView> eventsOf(Actor actor, ReviewView review) {
        var visible = events.visible(actor, review.eventIds());
        return review.eventIds().stream().map(visible::get).filter(java.util.Objects::nonNull).toList();
    }

    private static void requireManager(Actor actor) {
        if (!actor.manages()) {
            throw Forbidden.because("Only a manager can open, change or sign off a review.");
        }
    }
}
