package org.learnloop.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.learnloop.actions.ActionView;
import org.learnloop.assurance.CheckView;
import org.learnloop.learning.LessonStatus;
import org.learnloop.learning.LessonView;
import org.learnloop.learning.Lessons;
import org.learnloop.loop.LoopRules;
import org.learnloop.loop.LoopStage;
import org.learnloop.loop.Loops;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.people.PersonSummary;
import org.learnloop.people.ServiceSummary;
import org.learnloop.reporting.EventOutline;
import org.learnloop.reporting.EventView;
import org.learnloop.reporting.Events;
import org.learnloop.review.ReviewView;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.InvalidRequest.FieldMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the evidence for a period and services: events counted in the database, the stage of
 * every loop derived from the few facts that decide it, and one page of the closed loops laid out
 * as chains, the most serious first, then the most recent. Only the chains of that page are read in
 * full. Managers and provider-wide leads only.
 */
@Service
@Transactional(readOnly = true)
public class Evidence {

    /** The longest period one view covers. */
    static final int MAX_DAYS = 3 * 366;
    /** Closed loops on a page unless asked otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** The most closed loops on one page. */
    public static final int MAX_PAGE_SIZE = 100;

    /** The most serious first (the greater of physical and psychological harm), then the most recent. */
    static final Comparator<EventOutline> MOST_SERIOUS_FIRST = Comparator.comparingInt(EventOutline::harmLevel)
            .thenComparing(EventOutline::occurredAt).thenComparing(EventOutline::reference).reversed();

    private final Events events;
    private final People people;
    private final Loops loops;
    private final Lessons lessons;
    private final Clock clock;

    Evidence(Events events, People people, Loops loops, Lessons lessons, Clock clock) {
        this.events = events;
        this.people = people;
        this.loops = loops;
        this.lessons = lessons;
        this.clock = clock;
    }

    /** The evidence with the first page of closed loops. */
    public EvidenceView build(Actor actor, Set<UUID> requestedServices, LocalDate from, LocalDate to) {
        return build(actor, requestedServices, from, to, null, null);
    }

    /**
     * The evidence with one page of closed loops: {@code page} counts from 0, as every paged list
     * does, and {@code size} is 20 unless given, at most 100.
     */
    public EvidenceView build(Actor actor, Set<UUID> requestedServices, LocalDate from, LocalDate to, Integer page,
            Integer size) {
        if (!actor.manages()) {
            throw Forbidden.because("Evidence is for managers, quality leads and directors.");
        }
        List<FieldMessage> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldMessage("from", "Enter the start of the period"));
        }
        if (to == null) {
            errors.add(new FieldMessage("to", "Enter the end of the period"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add(new FieldMessage("to", "The end of the period must be on or after its start"));
            } else if (from.plusDays(MAX_DAYS).isBefore(to)) {
                errors.add(new FieldMessage("to", "The period can be at most three years"));
            }
        }
        List<ServiceSummary> visible = people.visibleServices(actor);
        Set<UUID> serviceIds = new LinkedHashSet<>();
        if (requestedServices == null || requestedServices.isEmpty()) {
            visible.forEach(s -> serviceIds.add(s.id()));
        } else if (visible.stream().map(ServiceSummary::id).toList().containsAll(requestedServices)) {
            serviceIds.addAll(requestedServices);
        } else {
            errors.add(new FieldMessage("serviceIds", "Choose services you work with"));
        }
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
        if (pageNumber < 0) {
            errors.add(new FieldMessage("page", "Page must be 0 or more"));
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            errors.add(new FieldMessage("size", "Size must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        var counts = events.countsFor(actor, serviceIds, from, to);
        List<EventOutline> inPeriod = events.outlinesInPeriod(actor, serviceIds, from, to);
        Map<UUID, LoopRules.Loop> loopOf = loops.loopsFromStandings(actor.organisationId(),
                inPeriod.stream().map(EventOutline::id).toList());
        Map<LoopStage, Long> byStage = new EnumMap<>(LoopStage.class);
        for (LoopStage stage : LoopStage.values()) {
            byStage.put(stage, 0L);
        }
        List<EventOutline> closed = new ArrayList<>();
        for (EventOutline event : inPeriod) {
            LoopRules.Loop loop = loopOf.get(event.id());
            byStage.merge(loop.stage(), 1L, Long::sum);
            if (loop.closed()) {
                closed.add(event);
            }
        }
        closed.sort(MOST_SERIOUS_FIRST);
        long first = (long) pageNumber * pageSize;
        List<UUID> shown = first >= closed.size() ? List.of()
                : closed.subList((int) first, (int) Math.min(closed.size(), first + pageSize)).stream()
                        .map(EventOutline::id).toList();
        Map<UUID, ServiceSummary> services = people.services(actor.organisationId());
        List<EvidenceView.Chain> chains = chains(actor, shown, services);
        List<EvidenceView.ServiceRef> serviceRefs = serviceIds.stream().map(services::get)
                .map(s -> new EvidenceView.ServiceRef(s.id(), s.name(), s.kind().name(), s.nation().name())).toList();
        return new EvidenceView(from, to, clock.instant(), serviceRefs, counts, byStage, inPeriod.size(), chains,
                pageNumber, pageSize, closed.size());
    }

    /** The chains of these closed loops, in this order, read in one batch. */
    private List<EvidenceView.Chain> chains(Actor actor, List<UUID> closedEventIds, Map<UUID, ServiceSummary> services) {
        if (closedEventIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, EventView> byId = events.byIds(actor.organisationId(), closedEventIds);
        List<EventView> closed = closedEventIds.stream().map(byId::get).toList();
        Loops.Batch batch = loops.batch(actor.organisationId(), closedEventIds);
        Set<UUID> personIds = new HashSet<>();
        batch.reviews().forEach(r -> personIds.add(r.signedOffBy()));
        batch.actions().forEach(a -> {
            personIds.add(a.leadId());
            personIds.add(a.verifiedBy());
        });
        personIds.remove(null);
        Map<UUID, PersonSummary> persons = people.persons(actor.organisationId(), personIds);
        var acks = lessons.acknowledgementCounts(actor.organisationId(),
                batch.lessons().stream().map(LessonView::id).toList());
        Set<UUID> covered = new HashSet<>();
        batch.reviews().forEach(r -> covered.addAll(r.eventIds()));
        Set<UUID> visible = events.visible(actor, covered).keySet();
        List<EvidenceView.Chain> chains = new ArrayList<>();
        for (EventView event : closed) {
            // A review that also covers an event the person may not see is not theirs to show.
            List<ReviewView> reviews = batch.reviewsOf(event.id()).stream()
                    .filter(r -> visible.containsAll(r.eventIds())).toList();
            Set<UUID> reviewIds = new LinkedHashSet<>();
            reviews.forEach(r -> reviewIds.add(r.id()));
            List<ActionView> actions = batch.actionsOf(reviewIds);
            Set<UUID> actionIds = new LinkedHashSet<>();
            actions.forEach(a -> actionIds.add(a.id()));
            List<CheckView> checks = batch.checksOf(actionIds).stream().filter(c -> c.verdict() != null).toList();
            List<LessonView> shared = batch.lessonsOf(reviewIds).stream()
                    .filter(l -> l.status() == LessonStatus.PUBLISHED).toList();
            chains.add(new EvidenceView.Chain(
                    new EvidenceView.EventRef(event.id(), event.reference(), services.get(event.serviceId()).name(),
                            event.type(), event.category(), event.occurredAt(), event.summary(),
                            event.physicalHarm().name(), event.psychologicalHarm().name()),
                    reviews.stream().map(r -> new EvidenceView.ReviewRef(r.id(), r.type().name(), r.summary(),
                            r.contributoryFactors().stream().map(Enum::name).sorted().toList(),
                            r.findings().stream().map(f -> f.text()).toList(), name(persons, r.signedOffBy()),
                            r.signedOffAt())).toList(),
                    actions.stream().map(a -> new EvidenceView.ActionRef(a.id(), a.description(), a.strength().name(),
                            name(persons, a.leadId()), a.dueDate(), a.completedAt(), a.evidence(),
                            name(persons, a.verifiedBy()), a.verifiedAt())).toList(),
                    checks.stream().map(c -> new EvidenceView.VerdictRef(c.actionId(), c.verdict().name(), c.notes(),
                            c.recordedAt())).toList(),
                    shared.stream().map(l -> {
                        var count = acks.get(l.id());
                        return new EvidenceView.LessonRef(l.id(), l.title(), l.summary(), l.publishedAt(),
                                count == null ? 0 : count.acknowledged(), count == null ? 0 : count.staff());
                    }).toList(),
                    QualityStatement.evidencedBy(event.type(), event.category())));
        }
        return chains;
    }

    private static String name(Map<UUID, PersonSummary> persons, UUID id) {
        PersonSummary person = id == null ? null : persons.get(id);
        return person == null ? null : person.displayName();
    }
}
