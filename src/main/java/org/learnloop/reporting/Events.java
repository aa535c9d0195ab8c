package org.learnloop.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.learnloop.audittrail.AuditTrail;
import org.learnloop.people.Actor;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.NotFound;
import org.learnloop.shared.PageOf;
import org.learnloop.shared.Sql;
import org.learnloop.shared.UkTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads events for the person asking, and only the ones they may see. Another service's event, or
 * a restricted one the role is not entitled to, is simply not found. Every read of a restricted
 * event (safeguarding, speak-up) is written to the audit trail, except the reporter's reads of
 * their own report: recording those would tell whoever reads the trail who raised a confidential
 * concern.
 */
@Service
@Transactional(readOnly = true)
public class Events {

    private final EventStore store;
    private final AuditTrail trail;

    Events(EventStore store, AuditTrail trail) {
        this.store = store;
        this.trail = trail;
    }

    public EventView find(Actor actor, UUID id) {
        EventView event = store.find(actor.organisationId(), id)
                .filter(e -> EventVisibility.canSee(actor, e))
                .orElseThrow(() -> NotFound.of("Event", id));
        if (event.type().restricted() && !actor.personId().equals(event.reporterId())) {
            trail.recordRead(actor, "EVENT", event.id(), "Opened restricted " + event.reference());
        }
        return event;
    }

    /** The events among these ids that the person may see, by id, without their amendments. */
    public Map<UUID, EventView> visible(Actor actor, Collection<UUID> ids) {
        return store.findAll(actor.organisationId(), ids).stream()
                .filter(e -> EventVisibility.canSee(actor, e))
                .collect(Collectors.toMap(EventView::id, Function.identity()));
    }

    /** Events by id within one organisation, for read models that have already checked access. */
    public Map<UUID, EventView> byIds(UUID organisationId, Collection<UUID> ids) {
        return store.findAll(organisationId, ids).stream()
                .collect(Collectors.toMap(EventView::id, Function.identity()));
    }

    public PageOf<EventView> search(Actor actor, EventSearch search) {
        if (search.from() != null && search.to() != null && search.to().isBefore(search.from())) {
            throw InvalidRequest.of("to", "The end date must be the same as or after the start date");
        }
        Map<String, Object> params = EventStore.actorParams(actor);
        List<String> where = new ArrayList<>();
        where.add(EventVisibility.sqlCondition(actor));
        if (search.serviceId() != null) {
            where.add("e.service_id = :service");
            params.put("service", search.serviceId());
        }
        if (search.type() != null) {
            where.add("e.type = :type");
            params.put("type", search.type().name());
        }
        if (search.category() != null) {
            where.add("e.category = :category");
            params.put("category", search.category().name());
        }
        if (search.from() != null) {
            where.add("e.occurred_at >= :from");
            params.put("from", Sql.ts(search.from().atStartOfDay(UkTime.LONDON).toInstant()));
        }
        if (search.to() != null) {
            where.add("e.occurred_at < :to");
            params.put("to", Sql.ts(search.to().plusDays(1).atStartOfDay(UkTime.LONDON).toInstant()));
        }
        if (search.q() != null && !search.q().isBlank()) {
            if (search.q().length() > 200) {
                throw InvalidRequest.of("q", "Search text must be 200 characters or fewer");
            }
            if (org.learnloop.shared.PlainText.hasHiddenCharacters(search.q())) {
                throw InvalidRequest.of("q", "Search text cannot hold hidden or control characters");
            }
            where.add("(lower(e.summary) like :q escape '\\' or lower(e.reference) like :q escape '\\')");
            params.put("q", Sql.likePattern(search.q().trim()));
        }
        String condition = String.join(" and ", where);
        long total = store.count("select count(*) from event e where " + condition, params);
        params.put("limit", search.page().size());
        params.put("offset", search.page().offset());
        List<EventView> items = store.query("select " + EventStore.COLUMNS + " from event e where " + condition
                + " order by e.occurred_at desc, e.reference desc limit :limit offset :offset", params);
        return new PageOf<>(items, search.page().page(), search.page().size(), total);
    }

    /**
     * How many events of each type and harm the person may see in these services over a period
     * (London dates, inclusive), counted in the database.
     */
    public EventCounts countsFor(Actor actor, java.util.Set<UUID> serviceIds, java.time.LocalDate from, java.time.LocalDate to) {
        Map<String, Object> params = periodParams(actor, serviceIds, from, to);
        String where = " from event e where " + EventVisibility.sqlCondition(actor)
                + " and e.service_id in (:services) and e.occurred_at >= :from and e.occurred_at < :to";
        Map<EventType, Long> byType = new java.util.EnumMap<>(EventType.class);
        store.rows("select e.type as k, count(*) as n" + where + " group by e.type", params)
                .forEach((k, n) -> byType.put(EventType.valueOf(k), n));
        Map<PhysicalHarm, Long> byPhysicalHarm = new java.util.EnumMap<>(PhysicalHarm.class);
        store.rows("select e.physical_harm as k, count(*) as n" + where + " group by e.physical_harm", params)
                .forEach((k, n) -> byPhysicalHarm.put(PhysicalHarm.valueOf(k), n));
        Map<PsychologicalHarm, Long> byPsychologicalHarm = new java.util.EnumMap<>(PsychologicalHarm.class);
        store.rows("select e.psychological_harm as k, count(*) as n" + where + " group by e.psychological_harm", params)
                .forEach((k, n) -> byPsychologicalHarm.put(PsychologicalHarm.valueOf(k), n));
        Map<Category, Long> byCategory = new java.util.EnumMap<>(Category.class);
        store.rows("select e.category as k, count(*) as n" + where + " group by e.category", params)
                .forEach((k, n) -> byCategory.put(Category.valueOf(k), n));
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        return new EventCounts(total, byType, byCategory, byPhysicalHarm, byPsychologicalHarm);
    }

    /**
     * An outline of every event the person may see in these services over a period (London dates,
     * inclusive), oldest first: the same events {@link #countsFor} counts.
     */
    public List<EventOutline> outlinesInPeriod(Actor actor, java.util.Set<UUID> serviceIds, java.time.LocalDate from,
            java.time.LocalDate to) {
        Map<String, Object> params = periodParams(actor, serviceIds, from, to);
        return store.outlines("select e.id, e.reference, e.occurred_at, e.physical_harm, e.psychological_harm"
                + " from event e where " + EventVisibility.sqlCondition(actor)
                + " and e.service_id in (:services) and e.occurred_at >= :from and e.occurred_at < :to"
                + " order by e.occurred_at", params);
    }

    private static Map<String, Object> periodParams(Actor actor, java.util.Set<UUID> serviceIds, java.time.LocalDate from,
            java.time.LocalDate to) {
        if (from == null || to == null) {
            throw InvalidRequest.of(from == null ? "from" : "to", "Enter the start and end of the period");
        }
        if (to.isBefore(from)) {
            throw InvalidRequest.of("to", "The end date must be the same as or after the start date");
        }
        Map<String, Object> params = EventStore.actorParams(actor);
        params.put("services", serviceIds.isEmpty() ? java.util.Set.of(new UUID(0, 0)) : serviceIds);
        params.put("from", Sql.ts(from.atStartOfDay(UkTime.LONDON).toInstant()));
        params.put("to", Sql.ts(to.plusDays(1).atStartOfDay(UkTime.LONDON).toInstant()));
        return params;
    }

    /** What this person reported, newest first: their "My reports" page. */
    public List<EventView> reportedBy(Actor actor, int limit) {
        Map<String, Object> params = EventStore.actorParams(actor);
        params.put("limit", limit);
        return store.query("select " + EventStore.COLUMNS
                + " from event e where e.organisation_id = :actorOrg and e.reporter_id = :actorId"
                + " order by e.reported_at desc limit :limit", params);
    }
}
