package org.learnloop.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.learnloop.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind statutory duties. */
@Repository
class DutyStore {

    private static final String ORDER = " order by d.due_at, d.kind";

    private final JdbcClient db;

    DutyStore(JdbcClient db) {
        this.db = db;
    }

    /** Adds the duty unless the event already has one of its kind; true when it was added. */
    boolean insertIfAbsent(Duty d) {
        return db.sql("""
                insert into duty (id, organisation_id, event_id, service_id, kind, reason, due_at, status, detected_at,
                    detected_by, version)
                values (:id, :org, :event, :service, :kind, :reason, :dueAt, :status, :detectedAt, :detectedBy, 0)
                on conflict do nothing
                """)
                .param("id", d.id()).param("org", d.organisationId()).param("event", d.eventId())
                .param("service", d.serviceId()).param("kind", d.kind().name()).param("reason", d.reason())
                .param("dueAt", Sql.ts(d.dueAt())).param("status", d.status().name())
                .param("detectedAt", Sql.ts(d.detectedAt())).param("detectedBy", d.detectedBy())
                .update() == 1;
    }

    Optional<Duty> find(UUID organisationId, UUID id) {
        return db.sql("select d.* from duty d where d.organisation_id = ? and d.id = ?")
                .params(organisationId, id).query(DutyStore::duty).optional();
    }

    List<Duty> forEvent(UUID organisationId, UUID eventId) {
        return db.sql("select d.* from duty d where d.organisation_id = ? and d.event_id = ?" + ORDER)
                .params(organisationId, eventId).query(DutyStore::duty).list();
    }

    List<Duty> forEvents(UUID organisationId, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return Sql.inChunks(eventIds, chunk -> db.sql("select d.* from duty d where d.organisation_id = :org and d.event_id in (:events)" + ORDER)
                .param("org", organisationId).param("events", chunk)
                .query(DutyStore::duty).list());
    }

    /** Due duties of these services, soonest first. */
    List<Duty> due(UUID organisationId, Collection<UUID> serviceIds, int limit) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                select d.* from duty d
                where d.organisation_id = :org and d.status = 'DUE' and d.service_id in (:services)
                """ + ORDER + " limit :limit")
                .param("org", organisationId).param("services", Set.copyOf(serviceIds)).param("limit", limit)
                .query(DutyStore::duty).list();
    }

    /** Saves a done or dismissed duty if nobody changed it since it was read; true when saved. */
    boolean update(Duty d) {
        return db.sql("""
                update duty set status = :status, completed_at = :completedAt, completed_by = :completedBy,
                    completion_method = :method, external_reference = :reference, dismissed_at = :dismissedAt,
                    dismissed_by = :dismissedBy, dismissal_reason = :dismissalReason, version = version + 1
                where organisation_id = :org and id = :id and version = :version
                """)
                .param("status", d.status().name()).param("completedAt", Sql.ts(d.completedAt()))
                .param("completedBy", d.completedBy()).param("method", d.method()).param("reference", d.reference())
                .param("dismissedAt", Sql.ts(d.dismissedAt())).param("dismissedBy", d.dismissedBy())
                .param("dismissalReason", d.dismissalReason()).param("org", d.organisationId()).param("id", d.id())
                .param("version", d.version())
                .update() == 1;
    }

    static Duty duty(ResultSet rs, int row) throws SQLException {
        return new Duty(Sql.uuid(rs, "id"), Sql.uuid(rs, "organisation_id"), Sql.uuid(rs, "event_id"),
                Sql.uuid(rs, "service_id"), Sql.enumValue(rs, "kind", DutyKind.class), rs.getString("reason"),
                Sql.instant(rs, "due_at"), Sql.enumValue(rs, "status", DutyStatus.class), Sql.instant(rs, "detected_at"),
                Sql.uuid(rs, "detected_by"), Sql.instant(rs, "completed_at"), Sql.uuid(rs, "completed_by"),
                rs.getString("completion_method"), rs.getString("external_reference"), Sql.instant(rs, "dismissed_at"),
                Sql.uuid(rs, "dismissed_by"), rs.getString("dismissal_reason"), rs.getInt("version"));
    }
}
