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
 * event (safeguarding, speak-up) is written to the audit trail.
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
        if (event.type().restricted()) {
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

    /** What this person reported, newest first: their "My reports" page. */
    public List<EventView> reportedBy(Actor actor, int limit) {
        Map<String, Object> params = EventStore.actorParams(actor);
        params.put("limit", limit);
        return store.query("select " + EventStore.COLUMNS + " from event e"
                + " where e.organisation_id = :actorOrg and e.reporter_id = :actorId"
                + " order by e.reported_at desc limit :limit", params);
    }
}
