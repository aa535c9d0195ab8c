package org.learnloop.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.review.LearningResponse;
import org.learnloop.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind triages: the current one per event, and the earlier ones it replaced. */
@Repository
class TriageStore {

    private static final String COLUMNS = """
            t.event_id, t.physical_harm, t.psychological_harm, t.consequence, t.likelihood, t.score, t.band,
            t.response, t.response_reason, t.triaged_by, t.triaged_at""";

    private final JdbcClient db;

    TriageStore(JdbcClient db) {
        this.db = db;
    }

    /** The current triage with the version it was read at. */
    record Current(TriageView triage, int version) {
    }

    Optional<Current> find(UUID organisationId, UUID eventId) {
        return db.sql("select " + COLUMNS + ", t.version from triage t where t.organisation_id = ? and t.event_id = ?")
                .params(organisationId, eventId)
                .query((rs, row) -> new Current(triage(rs, row), rs.getInt("version"))).optional();
    }

    List<TriageView> forEvents(UUID organisationId, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return Sql.inChunks(eventIds, chunk -> db.sql("select " + COLUMNS
                + " from triage t where t.organisation_id = :org and t.event_id in (:events)")
                .param("org", organisationId).param("events", chunk)
                .query(TriageStore::triage).list());
    }

    Set<UUID> triagedAmong(UUID organisationId, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        // triaged_at is read only so that no index holds every column asked for: given one that does,
        // H2 reads all the organisation's entries of triage_organisation and checks each against the
        // list, instead of looking each id up by the primary key.
        return Set.copyOf(Sql.inChunks(eventIds, chunk -> db.sql(
                "select t.event_id, t.triaged_at from triage t where t.organisation_id = :org and t.event_id in (:events)")
                .param("org", organisationId).param("events", chunk)
                .query((rs, n) -> Sql.uuid(rs, "event_id")).list()));
    }

    /** Earlier triages of an event, newest first. */
    List<TriageView> history(UUID organisationId, UUID eventId) {
        return db.sql("select " + COLUMNS + " from triage_history t where t.organisation_id = ? and t.event_id = ?"
                + " order by t.triaged_at desc")
                .params(organisationId, eventId).query(TriageStore::triage).list();
    }

    /** The first triage of an event; false when someone else triaged it first. */
    boolean insert(UUID organisationId, UUID serviceId, TriageView t) {
        return db.sql("""
                insert into triage (event_id, organisation_id, service_id, physical_harm, psychological_harm, consequence,
                    likelihood, score, band, response, response_reason, triaged_by, triaged_at, version)
                values (:event, :org, :service, :physicalHarm, :psychologicalHarm, :consequence, :likelihood, :score,
                    :band, :response, :reason, :triagedBy, :triagedAt, 0)
                on conflict do nothing
                """)
                .param("event", t.eventId()).param("org", organisationId).param("service", serviceId)
                .param("physicalHarm", t.physicalHarm().name()).param("psychologicalHarm", t.psychologicalHarm().name())
                .param("consequence", t.consequence()).param("likelihood", t.likelihood()).param("score", t.score())
                .param("band", t.band().name()).param("response", t.response().name())
                .param("reason", t.responseReason()).param("triagedBy", t.triagedBy())
                .param("triagedAt", Sql.ts(t.triagedAt()))
                .update() == 1;
    }

    /** Puts a newly reported event on the list awaiting triage, unless it is there or already triaged. */
    void awaitTriage(UUID organisationId, UUID eventId, UUID serviceId, Instant occurredAt) {
        db.sql("""
                insert into triage_awaiting (event_id, organisation_id, service_id, occurred_at)
                select :event, :org, :service, :occurredAt
                where not exists (select 1 from triage where event_id = :event)
                    and not exists (select 1 from triage_awaiting where event_id = :event)
                """)
                .param("event", eventId).param("org", organisationId).param("service", serviceId)
                .param("occurredAt", Sql.ts(occurredAt))
                .update();
    }

    /** Takes a triaged event off the list awaiting triage. */
    void triaged(UUID organisationId, UUID eventId) {
        db.sql("delete from triage_awaiting where organisation_id = ? and event_id = ?").params(organisationId, eventId)
                .update();
    }

    /** The events of these services awaiting triage, the most recent first. */
    List<UUID> awaiting(UUID organisationId, Collection<UUID> serviceIds, int limit) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                select event_id from triage_awaiting
                where organisation_id = :org and service_id in (:services)
                order by occurred_at desc limit :limit
                """)
                .param("org", organisationId).param("services", Set.copyOf(serviceIds)).param("limit", limit)
                .query((rs, n) -> Sql.uuid(rs, "event_id")).list();
    }

    /** Replaces the current triage if nobody changed it since it was read; false otherwise. */
    boolean replace(UUID organisationId, TriageView t, int version) {
        return db.sql("""
                update triage set physical_harm = :physicalHarm, psychological_harm = :psychologicalHarm,
                    consequence = :consequence, likelihood = :likelihood, score = :score, band = :band,
                    response = :response, response_reason = :reason, triaged_by = :triagedBy, triaged_at = :triagedAt,
                    version = version + 1
                where organisation_id = :org and event_id = :event and version = :version
                """)
                .param("physicalHarm", t.physicalHarm().name()).param("psychologicalHarm", t.psychologicalHarm().name())
                .param("consequence", t.consequence()).param("likelihood", t.likelihood()).param("score", t.score())
                .param("band", t.band().name()).param("response", t.response().name())
                .param("reason", t.responseReason()).param("triagedBy", t.triagedBy())
                .param("triagedAt", Sql.ts(t.triagedAt())).param("org", organisationId).param("event", t.eventId())
                .param("version", version)
                .update() == 1;
    }

    /** Keeps a triage that is being replaced. */
    void archive(UUID organisationId, TriageView t, Instant replacedAt, UUID replacedBy) {
        db.sql("""
                insert into triage_history (id, organisation_id, event_id, physical_harm, psychological_harm, consequence,
                    likelihood, score, band, response, response_reason, triaged_by, triaged_at, replaced_at, replaced_by)
                values (:id, :org, :event, :physicalHarm, :psychologicalHarm, :consequence, :likelihood, :score, :band,
                    :response, :reason, :triagedBy, :triagedAt, :replacedAt, :replacedBy)
                """)
                .param("id", UUID.randomUUID()).param("org", organisationId).param("event", t.eventId())
                .param("physicalHarm", t.physicalHarm().name()).param("psychologicalHarm", t.psychologicalHarm().name())
                .param("consequence", t.consequence()).param("likelihood", t.likelihood()).param("score", t.score())
                .param("band", t.band().name()).param("response", t.response().name())
                .param("reason", t.responseReason()).param("triagedBy", t.triagedBy())
                .param("triagedAt", Sql.ts(t.triagedAt())).param("replacedAt", Sql.ts(replacedAt))
                .param("replacedBy", replacedBy)
                .update();
    }

    static TriageView triage(ResultSet rs, int row) throws SQLException {
        return new TriageView(Sql.uuid(rs, "event_id"), Sql.enumValue(rs, "physical_harm", PhysicalHarm.class),
                Sql.enumValue(rs, "psychological_harm", PsychologicalHarm.class), rs.getInt("consequence"),
                rs.getInt("likelihood"), rs.getInt("score"), Sql.enumValue(rs, "band", RiskBand.class),
                Sql.enumValue(rs, "response", LearningResponse.class), rs.getString("response_reason"),
                Sql.uuid(rs, "triaged_by"), Sql.instant(rs, "triaged_at"));
    }
}
