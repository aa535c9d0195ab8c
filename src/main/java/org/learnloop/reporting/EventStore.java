package org.learnloop.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.learnloop.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind events and their amendments. */
@Repository
class EventStore {

    static final String COLUMNS = """
            e.id, e.organisation_id, e.service_id, e.reference, e.type, e.category, e.occurred_at, e.reported_at,
            e.reporter_id, e.anonymous, e.summary, e.description, e.immediate_actions, e.physical_harm,
            e.psychological_harm""";

    private final JdbcClient db;

    EventStore(JdbcClient db) {
        this.db = db;
    }

    int nextNumber(UUID organisationId, UUID serviceId, int year) {
        int updated = increment(serviceId, year);
        if (updated == 0) {
            db.sql("""
                    insert into reference_counter (organisation_id, service_id, reference_year, last_value) values (?, ?, ?, 0)
                    on conflict do nothing
                    """).params(organisationId, serviceId, year).update();
            increment(serviceId, year);
        }
        return db.sql("select last_value from reference_counter where service_id = ? and reference_year = ?")
                .params(serviceId, year).query(Integer.class).single();
    }

    private int increment(UUID serviceId, int year) {
        return db.sql("update reference_counter set last_value = last_value + 1 where service_id = ? and reference_year = ?")
                .params(serviceId, year).update();
    }

    void insert(EventView e, String followUpHash) {
        db.sql("""
                insert into event (id, organisation_id, service_id, reference, type, category, occurred_at, reported_at,
                    reporter_id, anonymous, follow_up_hash, summary, description, immediate_actions, physical_harm,
                    psychological_harm)
                values (:id, :org, :service, :reference, :type, :category, :occurredAt, :reportedAt, :reporter,
                    :anonymous, :followUp, :summary, :description, :immediateActions, :physicalHarm, :psychologicalHarm)
                """)
                .param("id", e.id()).param("org", e.organisationId()).param("service", e.serviceId())
                .param("reference", e.reference()).param("type", e.type().name())
                .param("category", e.category().name()).param("occurredAt", Sql.ts(e.occurredAt()))
                .param("reportedAt", Sql.ts(e.reportedAt())).param("reporter", e.reporterId())
                .param("anonymous", e.anonymous()).param("followUp", followUpHash)
                .param("summary", e.summary()).param("description", e.description())
                .param("immediateActions", e.immediateActions()).param("physicalHarm", e.physicalHarm().name())
                .param("psychologicalHarm", e.psychologicalHarm().name())
                .update();
    }

    void insertAmendment(EventView event, EventView.Amendment amendment) {
        db.sql("""
                insert into event_amendment (id, organisation_id, event_id, added_at, added_by, text)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(amendment.id(), event.organisationId(), event.id(), Sql.ts(amendment.addedAt()),
                        amendment.addedBy(), amendment.text())
                .update();
    }

    Optional<EventView> find(UUID organisationId, UUID id) {
        return db.sql("select " + COLUMNS + " from event e where e.organisation_id = ? and e.id = ?")
                .params(organisationId, id).query(EventStore::event).optional()
                .map(e -> e.withAmendments(amendments(id)));
    }

    Optional<EventView> findByFollowUpHash(UUID organisationId, String hash) {
        return db.sql("select " + COLUMNS + " from event e where e.organisation_id = ? and e.follow_up_hash = ?")
                .params(organisationId, hash).query(EventStore::event).optional();
    }

    List<EventView> findAll(UUID organisationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Sql.inChunks(ids, chunk -> db.sql("select " + COLUMNS + " from event e where e.organisation_id = :org and e.id in (:ids)")
                .param("org", organisationId).param("ids", chunk)
                .query(EventStore::event).list());
    }

    List<EventView> query(String sql, Map<String, ?> params) {
        return db.sql(sql).params(params).query(EventStore::event).list();
    }

    List<EventOutline> outlines(String sql, Map<String, ?> params) {
        return db.sql(sql).params(params)
                .query((rs, n) -> new EventOutline(Sql.uuid(rs, "id"), rs.getString("reference"),
                        Sql.instant(rs, "occurred_at"), Sql.enumValue(rs, "physical_harm", PhysicalHarm.class),
                        Sql.enumValue(rs, "psychological_harm", PsychologicalHarm.class)))
                .list();
    }

    /** A two-column answer (a code and a count) as a map. */
    Map<String, Long> rows(String sql, Map<String, ?> params) {
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        db.sql(sql).params(params).query((rs, n) -> Map.entry(rs.getString("k"), rs.getLong("n"))).list()
                .forEach(e -> rows.put(e.getKey(), e.getValue()));
        return rows;
    }

    long count(String sql, Map<String, ?> params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }

    private List<EventView.Amendment> amendments(UUID eventId) {
        return db.sql("select * from event_amendment where event_id = ? order by added_at")
                .param(eventId)
                .query((rs, row) -> new EventView.Amendment(Sql.uuid(rs, "id"), Sql.instant(rs, "added_at"),
                        Sql.uuid(rs, "added_by"), rs.getString("text")))
                .list();
    }

    static EventView event(ResultSet rs, int row) throws SQLException {
        return new EventView(Sql.uuid(rs, "id"), Sql.uuid(rs, "organisation_id"), Sql.uuid(rs, "service_id"),
                rs.getString("reference"), Sql.enumValue(rs, "type", EventType.class),
                Sql.enumValue(rs, "category", Category.class), Sql.instant(rs, "occurred_at"),
                Sql.instant(rs, "reported_at"), Sql.uuid(rs, "reporter_id"), rs.getBoolean("anonymous"),
                rs.getString("summary"), rs.getString("description"), rs.getString("immediate_actions"),
                Sql.enumValue(rs, "physical_harm", PhysicalHarm.class),
                Sql.enumValue(rs, "psychological_harm", PsychologicalHarm.class), List.of());
    }

    static String hash(String code) {
        return org.learnloop.shared.Sha256.hex(code);
    }

    static Map<String, Object> actorParams(org.learnloop.people.Actor actor) {
        Set<UUID> services = actor.serviceIds().isEmpty() ? Set.of(new UUID(0, 0)) : actor.serviceIds();
        return new java.util.HashMap<>(Map.of("actorOrg", actor.organisationId(), "actorId", actor.personId(),
                "actorServices", services));
    }

    static Set<UUID> ids(Collection<EventView> events) {
        return events.stream().map(EventView::id).collect(Collectors.toSet());
    }
}
