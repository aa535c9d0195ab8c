package org.learnloop.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.people.PersonSummary;
import org.learnloop.review.ReviewView;
import org.learnloop.review.Reviews;
import org.learnloop.shared.ConflictingChange;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.InvalidRequest.FieldMessage;
import org.learnloop.shared.NotFound;
import org.learnloop.shared.PageOf;
import org.learnloop.shared.PlainText;
import org.learnloop.shared.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plans. An action's life: a manager adds it to a signed-off review, answering one of its
 * findings, with a named lead from the service, a due date and its strength; the lead does it and
 * records it as done with evidence; a manager who is not the lead verifies it; an effectiveness
 * check follows, and if the change did not stick the action is reopened and the loop goes round
 * again, with the earlier completion kept.
 * <p>
 * Who sees an action: its lead, and anyone who may see its review. Lists show a person the actions
 * they lead and, for managers, the actions of their services.
 */
@Service
@Transactional
public class ActionPlans {

    private final ActionStore store;
    private final Reviews reviews;
    private final People people;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    ActionPlans(ActionStore store, Reviews reviews, People people, Clock clock, ApplicationEventPublisher publisher) {
        this.store = store;
        this.reviews = reviews;
        this.people = people;
        this.clock = clock;
        this.publisher = publisher;
    }

    public ActionView add(Actor actor, UUID reviewId, AddAction command) {
        ReviewView review = reviews.find(actor, reviewId);
        requireManager(actor);
        List<FieldMessage> errors = new ArrayList<>();
        PersonSummary lead = validate(actor, review, command, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        Instant now = clock.instant();
        ActionView action = new ActionView(UUID.randomUUID(), actor.organisationId(), review.serviceId(), review.id(),
                command.findingId(), command.description().trim(), lead.id(), command.dueDate(), command.strength(),
                ActionStatus.OPEN, null, null, null, null, null, ActionView.overdue(ActionStatus.OPEN, command.dueDate(), today()));
        store.insert(action, actor.personId(), now);
        publisher.publishEvent(new ActionAdded(actor.organisationId(), actor.personId(), now, action.id(), review.id(),
                review.serviceId(), action.findingId(), lead.id(), action.dueDate(), action.strength()));
        return action;
    }

    /**
     * What is wrong with an action before it is added, without adding it: for a form whose fields
     * could not all be read, so that the person sees every problem at once.
     */
    @Transactional(readOnly = true)
    public List<FieldMessage> check(Actor actor, UUID reviewId, AddAction command) {
        ReviewView review = reviews.find(actor, reviewId);
        requireManager(actor);
        List<FieldMessage> errors = new ArrayList<>();
        validate(actor, review, command, errors);
        return errors;
    }

    public ActionView complete(Actor actor, UUID actionId, String evidence) {
        ActionStore.Stored stored = findStored(actor, actionId);
        ActionView action = stored.view();
        if (!action.ledBy(actor.personId())) {
            throw Forbidden.because("Only the lead of an action can record it as done.");
        }
        if (action.status() != ActionStatus.OPEN) {
            throw InvalidRequest.of("status", "This action is already recorded as done");
        }
        String text = evidence == null ? "" : evidence.trim();
        if (text.isEmpty()) {
            throw InvalidRequest.of("evidence", "Describe what was done, so that someone else can verify it");
        }
        if (text.length() > AddAction.EVIDENCE_MAX) {
            throw InvalidRequest.of("evidence", "The evidence must be %,d characters or fewer".formatted(AddAction.EVIDENCE_MAX));
        }
        if (PlainText.hasHiddenCharacters(text)) {
            throw InvalidRequest.of("evidence", PlainText.message("the evidence"));
        }
        Instant now = clock.instant();
        if (!store.complete(stored, text, actor.personId(), now)) {
            throw ConflictingChange.on("This action");
        }
        publisher.publishEvent(new ActionCompleted(actor.organisationId(), actor.personId(), now, actionId,
                action.reviewId(), action.serviceId()));
        return reload(actor.organisationId(), actionId);
    }

    public ActionView verify(Actor actor, UUID actionId) {
        ActionStore.Stored stored = findStored(actor, actionId);
        ActionView action = stored.view();
        if (action.ledBy(actor.personId())) {
            throw Forbidden.because("Someone other than the lead must verify an action.");
        }
        if (!actor.manages()) {
            throw Forbidden.because("Only a manager can verify an action.");
        }
        if (action.status() == ActionStatus.OPEN) {
            throw InvalidRequest.of("status", "The lead has not recorded this action as done yet");
        }
        if (action.status() == ActionStatus.VERIFIED) {
            throw InvalidRequest.of("status", "This action is already verified");
        }
        // Kept to the microsecond, as both databases store it, so the event and the row agree exactly.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!store.verify(stored, actor.personId(), now)) {
            throw ConflictingChange.on("This action");
        }
        publisher.publishEvent(new ActionVerified(actor.organisationId(), actor.personId(), now, actionId,
                action.reviewId(), action.serviceId()));
        return reload(actor.organisationId(), actionId);
    }

    /**
     * A verified action goes back to open because an effectiveness check found the change not
     * embedded. Its completion and verification are cleared and kept in its history with the
     * reason. Called by assurance, which has already checked that the person may do this.
     */
    public ActionView reopen(UUID organisationId, UUID actionId, UUID byPersonId, String reason) {
        ActionStore.Stored stored = store.find(organisationId, actionId, today())
                .orElseThrow(() -> NotFound.of("Action", actionId));
        ActionView action = stored.view();
        if (action.status() != ActionStatus.VERIFIED) {
            throw InvalidRequest.of("status", "Only a verified action can be reopened");
        }
        String text = reason == null ? "" : reason.trim();
        if (text.isEmpty()) {
            throw InvalidRequest.of("reason", "Say why the action is reopened");
        }
        if (text.length() > AddAction.EVIDENCE_MAX) {
            throw InvalidRequest.of("reason", "The reason must be %,d characters or fewer".formatted(AddAction.EVIDENCE_MAX));
        }
        Instant now = clock.instant();
        if (!store.reopen(stored, byPersonId, now, text)) {
            throw ConflictingChange.on("This action");
        }
        publisher.publishEvent(new ActionReopened(organisationId, byPersonId, now, actionId, action.reviewId(),
                action.serviceId()));
        return reload(organisationId, actionId);
    }

    /** An action its lead, or anyone who may see its review, may see; otherwise not found. */
    @Transactional(readOnly = true)
    public ActionView find(Actor actor, UUID id) {
        return findStored(actor, id).view();
    }

    /** Completions of this action that did not stick, newest first. */
    @Transactional(readOnly = true)
    public List<EarlierCompletion> history(Actor actor, UUID actionId) {
        ActionView action = find(actor, actionId);
        return store.history(actor.organisationId(), action.id());
    }

    /** A review's action plan, for a person who may see the review. */
    @Transactional(readOnly = true)
    public ActionPlanView plan(Actor actor, UUID reviewId) {
        ReviewView review = reviews.find(actor, reviewId);
        return ActionPlanView.of(review.id(), store.forReviews(actor.organisationId(), List.of(review.id()), today()));
    }

    /** The actions the person may see, filtered: their own as lead and, for managers, their services'. */
    @Transactional(readOnly = true)
    public PageOf<ActionView> search(Actor actor, ActionSearch search) {
        PageOf.Request page = search.page() == null ? PageOf.Request.of(null, null) : search.page();
        Map<String, Object> params = new HashMap<>();
        List<String> where = visibleTo(actor, params);
        if (search.leadUsername() != null && !search.leadUsername().isBlank()) {
            var lead = people.personByUsername(actor.organisationId(), search.leadUsername());
            if (lead.isEmpty()) {
                return new PageOf<>(List.of(), page.page(), page.size(), 0);
            }
            where.add("a.lead_id = :lead");
            params.put("lead", lead.get().id());
        }
        if (search.status() != null) {
            where.add("a.status = :status");
            params.put("status", search.status().name());
        }
        if (search.overdue() != null) {
            where.add(search.overdue() ? OVERDUE : "not (" + OVERDUE + ")");
            params.put("today", today());
        }
        String condition = String.join(" and ", where);
        long total = store.count(condition, params);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<ActionView> items = store.query(condition + " order by a.due_date, a.added_at, a.id limit :limit offset :offset",
                params, today());
        return new PageOf<>(items, page.page(), page.size(), total);
    }

    /** Open actions past their due date that the person leads or, for managers, in their services: "needs attention". */
    @Transactional(readOnly = true)
    public List<ActionView> overdueFor(Actor actor) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = visibleTo(actor, params);
        where.add(OVERDUE);
        params.put("today", today());
        params.put("limit", PageOf.MAX_SIZE);
        return store.query(String.join(" and ", where) + " order by a.due_date, a.added_at, a.id limit :limit", params,
                today());
    }

    /**
     * Open actions of the manager's services due by this date, overdue ones included, soonest first,
     * leaving out those whose review the person may not see: the daily email. Empty for anyone who
     * does not manage services.
     */
    @Transactional(readOnly = true)
    public List<ActionView> openInServicesDueBy(Actor actor, LocalDate dueBy) {
        if (!actor.manages() || actor.serviceIds().isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("org", actor.organisationId());
        params.put("services", actor.serviceIds());
        params.put("dueBy", dueBy);
        params.put("limit", PageOf.MAX_SIZE);
        List<ActionView> due = store.query("a.organisation_id = :org and a.service_id in (:services)"
                + " and a.status = 'OPEN' and a.due_date <= :dueBy order by a.due_date, a.added_at, a.id limit :limit",
                params, today());
        var visible = reviews.visibleAmong(actor, due.stream().map(ActionView::reviewId).collect(Collectors.toSet()));
        return due.stream().filter(a -> visible.contains(a.reviewId())).toList();
    }

    /** The actions of these reviews, in one query, for read models that have checked access to the reviews. */
    @Transactional(readOnly = true)
    public List<ActionView> forReviews(UUID organisationId, Collection<UUID> reviewIds) {
        return store.forReviews(organisationId, reviewIds, today());
    }

    /**
     * Where each action of these reviews stands, in one query that reads no wording, for read
     * models that count loops and have checked access to the reviews.
     */
    @Transactional(readOnly = true)
    public List<ActionStanding> standingsFor(UUID organisationId, Collection<UUID> reviewIds) {
        return store.standingsFor(organisationId, reviewIds);
    }

    /** Actions by id, in one query, for read models that have checked access. */
    @Transactional(readOnly = true)
    public List<ActionView> byIds(UUID organisationId, Collection<UUID> actionIds) {
        return store.findAll(organisationId, actionIds, today());
    }

    private static final String OVERDUE = "(a.status = 'OPEN' and a.due_date < :today)";

    /** The rule of who sees which action in a list, as SQL over alias {@code a}. */
    private static List<String> visibleTo(Actor actor, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add("a.organisation_id = :org");
        params.put("org", actor.organisationId());
        params.put("me", actor.personId());
        if (actor.manages() && !actor.serviceIds().isEmpty()) {
            where.add("(a.lead_id = :me or a.service_id in (:services))");
            params.put("services", actor.serviceIds());
        } else {
            where.add("a.lead_id = :me");
        }
        return where;
    }

    private ActionStore.Stored findStored(Actor actor, UUID id) {
        ActionStore.Stored stored = store.find(actor.organisationId(), id, today())
                .orElseThrow(() -> NotFound.of("Action", id));
        if (stored.view().ledBy(actor.personId()) || reviews.findVisible(actor, stored.view().reviewId()).isPresent()) {
            return stored;
        }
        throw NotFound.of("Action", id);
    }

    private ActionView reload(UUID organisationId, UUID id) {
        return store.find(organisationId, id, today()).orElseThrow(() -> NotFound.of("Action", id)).view();
    }

    /** Checks every field of a new action against the review; answers its lead when there is one. */
    private PersonSummary validate(Actor actor, ReviewView review, AddAction command, List<FieldMessage> errors) {
        if (!review.signedOff()) {
            errors.add(new FieldMessage("reviewId", "Sign the review off before adding actions"));
        }
        if (command.findingId() == null) {
            errors.add(new FieldMessage("findingId", "Choose the finding this action answers"));
        } else if (!review.hasFinding(command.findingId())) {
            errors.add(new FieldMessage("findingId", "Choose one of this review's findings"));
        }
        String description = command.description() == null ? "" : command.description().trim();
        if (description.isEmpty()) {
            errors.add(new FieldMessage("description", "Describe the action: what will change"));
        } else if (description.length() > AddAction.DESCRIPTION_MAX) {
            errors.add(new FieldMessage("description",
                    "The action must be %,d characters or fewer".formatted(AddAction.DESCRIPTION_MAX)));
        } else {
            PlainText.check(errors, "description", description, "the action");
        }
        PersonSummary lead = null;
        if (command.leadUsername() == null || command.leadUsername().isBlank()) {
            errors.add(new FieldMessage("leadUsername", "Choose who leads the action"));
        } else {
            lead = people.personByUsername(actor.organisationId(), command.leadUsername())
                    .filter(p -> people.canWorkIn(actor.organisationId(), p.id(), review.serviceId()))
                    .orElse(null);
            if (lead == null) {
                errors.add(new FieldMessage("leadUsername", "Choose a member of staff who works at this service to lead the action"));
            }
        }
        LocalDate today = today();
        if (command.dueDate() == null) {
            errors.add(new FieldMessage("dueDate", "Enter the date the action is due"));
        } else if (command.dueDate().isBefore(today)) {
            errors.add(new FieldMessage("dueDate", "The due date must be today or in the future"));
        } else if (command.dueDate().isAfter(today.plusYears(AddAction.DUE_WITHIN_YEARS))) {
            errors.add(new FieldMessage("dueDate",
                    "The due date must be within %d years from today".formatted(AddAction.DUE_WITHIN_YEARS)));
        }
        if (command.strength() == null) {
            errors.add(new FieldMessage("strength", "Choose how strong the action is"));
        }
        return lead;
    }

    private LocalDate today() {
        return UkTime.londonDate(clock.instant());
    }

    private static void requireManager(Actor actor) {
        if (!actor.manages()) {
            throw Forbidden.because("Only a manager can add actions to a plan.");
        }
    }
}
