package org.learnloop.assurance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.learnloop.actions.ActionPlans;
import org.learnloop.actions.ActionVerified;
import org.learnloop.people.Actor;
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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Effectiveness checks: did the change stick? When an action is verified, a check is scheduled
 * {@link AssuranceSettings#checkAfter()} later. A manager looks at practice (early, if they wish)
 * and records a verdict: embedded closes the check; partly embedded schedules another
 * {@link AssuranceSettings#recheckAfter()} later; not embedded reopens the action, so the loop
 * goes back to acting, and a new verification brings a new check.
 * <p>
 * A person sees a check when they may see its action's review; lists show managers the checks of
 * their services.
 */
@Service
@Transactional
public class EffectivenessChecks {

    /** "Due" on a manager's list: within this many days, or overdue. */
    public static final int DUE_WITHIN_DAYS = 7;

    private final CheckStore store;
    private final ActionPlans actionPlans;
    private final Reviews reviews;
    private final AssuranceSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    EffectivenessChecks(CheckStore store, ActionPlans actionPlans, Reviews reviews, AssuranceSettings settings,
            Clock clock, ApplicationEventPublisher publisher) {
        this.store = store;
        this.actionPlans = actionPlans;
        this.reviews = reviews;
        this.settings = settings;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** An action was verified: its effectiveness check falls due {@code checkAfter} later. */
    @ApplicationModuleListener
    void on(ActionVerified event) {
        schedule(event);
    }

    /**
     * Schedules the first check after a verification. Idempotent: the same verification delivered
     * again, or an action that already has a scheduled check, schedules nothing.
     */
    boolean schedule(ActionVerified event) {
        LocalDate due = UkTime.londonDate(event.occurredAt()).plus(settings.checkAfter());
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        boolean scheduled = store.schedule(id, event.organisationId(), event.serviceId(), event.actionId(),
                event.reviewId(), event.occurredAt(), 1, due, now);
        if (scheduled) {
            publisher.publishEvent(new CheckScheduled(event.organisationId(), null, now, id, event.actionId(),
                    event.reviewId(), event.serviceId(), due));
        }
        return scheduled;
    }

    public CheckView record(Actor actor, UUID checkId, RecordVerdict command) {
        CheckStore.Stored stored = findStored(actor, checkId);
        CheckView check = stored.view();
        requireManager(actor);
        if (check.status() != CheckStatus.SCHEDULED) {
            throw InvalidRequest.of("status", "This check already has its verdict");
        }
        List<FieldMessage> errors = validate(command);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        Verdict verdict = command.verdict();
        String notes = command.notes() == null || command.notes().isBlank() ? null : command.notes().trim();
        Instant now = clock.instant();
        if (!store.record(stored, verdict, notes, actor.personId(), now)) {
            throw ConflictingChange.on("This check");
        }
        publisher.publishEvent(new CheckRecorded(actor.organisationId(), actor.personId(), now, checkId, check.actionId(),
                check.reviewId(), check.serviceId(), verdict));
        switch (verdict) {
            case NOT_EMBEDDED -> {
                actionPlans.reopen(actor.organisationId(), check.actionId(), actor.personId(), notes);
                publisher.publishEvent(new CheckFailed(actor.organisationId(), actor.personId(), now, checkId,
                        check.actionId(), check.reviewId(), check.serviceId()));
            }
            case PARTLY_EMBEDDED -> {
                LocalDate due = UkTime.londonDate(now).plus(settings.recheckAfter());
                UUID recheck = UUID.randomUUID();
                if (!store.schedule(recheck, actor.organisationId(), check.serviceId(), check.actionId(), check.reviewId(),
                        stored.verifiedAt(), stored.followUp() + 1, due, now)) {
                    throw ConflictingChange.on("This check");
                }
                publisher.publishEvent(new CheckScheduled(actor.organisationId(), actor.personId(), now, recheck,
                        check.actionId(), check.reviewId(), check.serviceId(), due));
            }
            case EMBEDDED -> {
                // The change stuck: nothing more to schedule.
            }
        }
        return reload(actor.organisationId(), checkId);
    }

    /**
     * Everything wrong with this verdict, in plain English; empty when it can be recorded. Not
     * found or forbidden first, as {@link #record} would be.
     */
    @Transactional(readOnly = true)
    public List<FieldMessage> check(Actor actor, UUID checkId, RecordVerdict command) {
        CheckView check = findStored(actor, checkId).view();
        requireManager(actor);
        if (check.status() != CheckStatus.SCHEDULED) {
            return List.of(new FieldMessage("status", "This check already has its verdict"));
        }
        return validate(command);
    }

    private static List<FieldMessage> validate(RecordVerdict command) {
        List<FieldMessage> errors = new ArrayList<>();
        Verdict verdict = command.verdict();
        String notes = command.notes() == null || command.notes().isBlank() ? null : command.notes().trim();
        if (verdict == null) {
            errors.add(new FieldMessage("verdict", "Choose whether the change is embedded"));
        }
        if (notes == null && verdict != null && verdict != Verdict.EMBEDDED) {
            errors.add(new FieldMessage("notes", "Say what you found: notes are needed when the change is not fully embedded"));
        } else if (notes != null && notes.length() > RecordVerdict.NOTES_MAX) {
            errors.add(new FieldMessage("notes", "The notes must be %,d characters or fewer".formatted(RecordVerdict.NOTES_MAX)));
        } else {
            PlainText.check(errors, "notes", notes, "the notes");
        }
        return errors;
    }

    private static void requireManager(Actor actor) {
        if (!actor.manages()) {
            throw Forbidden.because("Only a manager can record the verdict of an effectiveness check.");
        }
    }

    /** A check whose action's review the person may see; otherwise not found. */
    @Transactional(readOnly = true)
    public CheckView find(Actor actor, UUID id) {
        return findStored(actor, id).view();
    }

    /** Checks in the manager's services, filtered. Scheduled ones come by due date; done ones newest first. */
    @Transactional(readOnly = true)
    public PageOf<CheckView> search(Actor actor, CheckSearch search) {
        PageOf.Request page = search.page() == null ? PageOf.Request.of(null, null) : search.page();
        if (!actor.manages() || actor.serviceIds().isEmpty()) {
            return new PageOf<>(List.of(), page.page(), page.size(), 0);
        }
        Map<String, Object> params = new HashMap<>();
        List<String> where = inServicesOf(actor, params);
        if (search.status() != null) {
            where.add("c.status = :status");
            params.put("status", search.status().name());
        }
        if (search.dueBefore() != null) {
            where.add("c.due_date <= :dueBefore");
            params.put("dueBefore", search.dueBefore());
        }
        if (search.actionId() != null) {
            where.add("c.action_id = :action");
            params.put("action", search.actionId());
        }
        String condition = String.join(" and ", where);
        long total = store.count(condition, params);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        String order = search.status() == CheckStatus.DONE ? " order by c.recorded_at desc, c.id"
                : " order by c.due_date, c.scheduled_at, c.id";
        List<CheckView> items = store.query(condition + order + " limit :limit offset :offset", params, today());
        return new PageOf<>(items, page.page(), page.size(), total);
    }

    /**
     * Scheduled checks in the manager's services due within {@value #DUE_WITHIN_DAYS} days or overdue,
     * leaving out those whose review the person may not see: "needs attention" and the daily email.
     */
    @Transactional(readOnly = true)
    public List<CheckView> dueFor(Actor actor) {
        if (!actor.manages() || actor.serviceIds().isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        List<String> where = inServicesOf(actor, params);
        where.add("c.status = 'SCHEDULED' and c.due_date <= :dueBy");
        params.put("dueBy", today().plusDays(DUE_WITHIN_DAYS));
        params.put("limit", PageOf.MAX_SIZE);
        List<CheckView> due = store.query(String.join(" and ", where)
                + " order by c.due_date, c.scheduled_at, c.id limit :limit", params, today());
        var visible = reviews.visibleAmong(actor, due.stream().map(CheckView::reviewId).collect(Collectors.toSet()));
        return due.stream().filter(c -> visible.contains(c.reviewId())).toList();
    }

    /** The checks of these actions, in one query, for read models that have checked access to the actions. */
    @Transactional(readOnly = true)
    public List<CheckView> forActions(UUID organisationId, Collection<UUID> actionIds) {
        return store.forActions(organisationId, actionIds, today());
    }

    /**
     * Where each check of these actions stands, in one query that reads no notes, for read models
     * that count loops and have checked access to the actions.
     */
    @Transactional(readOnly = true)
    public List<CheckStanding> standingsFor(UUID organisationId, Collection<UUID> actionIds) {
        return store.standingsFor(organisationId, actionIds);
    }

    private static List<String> inServicesOf(Actor actor, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add("c.organisation_id = :org and c.service_id in (:services)");
        params.put("org", actor.organisationId());
        params.put("services", actor.serviceIds());
        return where;
    }

    private CheckStore.Stored findStored(Actor actor, UUID id) {
        CheckStore.Stored stored = store.find(actor.organisationId(), id, today())
                .orElseThrow(() -> NotFound.of("Check", id));
        if (reviews.findVisible(actor, stored.view().reviewId()).isEmpty()) {
            throw NotFound.of("Check", id);
        }
        return stored;
    }

    private CheckView reload(UUID organisationId, UUID id) {
        return store.find(organisationId, id, today()).orElseThrow(() -> NotFound.of("Check", id)).view();
    }

    private LocalDate today() {
        return UkTime.londonDate(clock.instant());
    }
}
