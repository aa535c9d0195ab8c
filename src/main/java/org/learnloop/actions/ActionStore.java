package org.learnloop.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.learnloop.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind actions and their history. Rows are read as {@link ActionView}s with the overdue
 * flag worked out against the London date the caller passes.
 */
@Repository
class ActionStore {

    static final String COLUMNS = """
            a.id, a.organisation_id, a.service_id, a.review_id, a.finding_id, a.description, a.lead_id, a.due_date,
            a.strength, a.status, a.evidence, a.completed_at, a.completed_by, a.verified_at, a.verified_by, a.version""";

    private final JdbcClient db;

    ActionStore(JdbcClient db) {
        this.db = db;
    }

    void insert(ActionView action, UUID addedBy, Instant addedAt) {
        db.sql("""
                insert into action (id, organisation_id, service_id, review_id, finding_id, description, lead_id, due_date,
                    strength, status, added_by, added_at, version)
                values (:id, :org, :service, :review, :finding, :description, :lead, :due, :strength, :status, :addedBy,
                    :addedAt, 0)
                """)
                .param("id", action.id()).param("org", action.organisationId()).param("service", action.serviceId())
                .param("review", action.reviewId()).param("finding", action.findingId())
                .param("description", action.description()).param("lead", action.leadId())
                .param("due", action.dueDate()).param("strength", action.strength().name())
                .param("status", action.status().name()).param("addedBy", addedBy).param("addedAt", Sql.ts(addedAt))
                .update();
    }

    /** Records the lead's completion, if the action is still open and nobody changed it since it was read. */
    boolean complete(Stored action, String evidence, UUID by, Instant at) {
        return db.sql("""
                update action set status = 'COMPLETED', evidence = ?, completed_by = ?, completed_at = ?, version = version + 1
                where id = ? and organisation_id = ? and status = 'OPEN' and version = ?
                """)
                .params(evidence, by, Sql.ts(at), action.view().id(), action.view().organisationId(), action.version())
                .update() == 1;
    }

    boolean verify(Stored action, UUID by, Instant at) {
        return db.sql("""
                update action set status = 'VERIFIED', verified_by = ?, verified_at = ?, version = version + 1
                where id = ? and organisation_id = ? and status = 'COMPLETED' and version = ?
                """)
                .params(by, Sql.ts(at), action.view().id(), action.view().organisationId(), action.version())
                .update() == 1;
    }

    /** Keeps the completion that did not stick in the history and opens the action again. */
    boolean reopen(Stored action, UUID by, Instant at, String reason) {
        ActionView a = action.view();
        int changed = db.sql("""
                update action set status = 'OPEN', evidence = null, completed_by = null, completed_at = null,
                    verified_by = null, verified_at = null, version = version + 1
                where id = ? and organisation_id = ? and status = 'VERIFIED' and version = ?
                """)
                .params(a.id(), a.organisationId(), action.version()).update();
        if (changed == 0) {
            return false;
        }
        db.sql("""
                insert into action_history (id, organisation_id, action_id, evidence, completed_at, completed_by,
                    verified_at, verified_by, reopened_at, reopened_by, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID(), a.organisationId(), a.id(), a.evidence(), Sql.ts(a.completedAt()),
                        a.completedBy(), Sql.ts(a.verifiedAt()), a.verifiedBy(), Sql.ts(at), by, reason)
                .update();
        return true;
    }

    Optional<Stored> find(UUID organisationId, UUID id, LocalDate today) {
        return db.sql("select " + COLUMNS + " from action a where a.organisation_id = ? and a.id = ?")
                .params(organisationId, id).query((rs, n) -> stored(rs, today)).optional();
    }

    List<ActionView> findAll(UUID organisationId, Collection<UUID> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("select " + COLUMNS + " from action a where a.organisation_id = :org and a.id in (:ids)"
                + " order by a.due_date, a.added_at")
                .param("org", organisationId).param("ids", Set.copyOf(ids))
                .query((rs, n) -> stored(rs, today).view()).list();
    }

    List<ActionView> forReviews(UUID organisationId, Collection<UUID> reviewIds, LocalDate today) {
        if (reviewIds.isEmpty()) {
            return List.of();
        }
        return Sql.inChunks(reviewIds, chunk -> db.sql("select " + COLUMNS
                + " from action a where a.organisation_id = :org and a.review_id in (:reviews) order by a.added_at, a.id")
                .param("org", organisationId).param("reviews", chunk)
                .query((rs, n) -> stored(rs, today).view()).list());
    }

    List<ActionStanding> standingsFor(UUID organisationId, Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return List.of();
        }
        return Sql.inChunks(reviewIds, chunk -> db.sql("select a.id, a.review_id, a.status from action a"
                + " where a.organisation_id = :org and a.review_id in (:reviews)")
                .param("org", organisationId).param("reviews", chunk)
                .query((rs, n) -> new ActionStanding(Sql.uuid(rs, "id"), Sql.uuid(rs, "review_id"),
                        Sql.enumValue(rs, "status", ActionStatus.class)))
                .list());
    }

    List<ActionView> query(String where, Map<String, ?> params, LocalDate today) {
        return db.sql("select " + COLUMNS + " from action a where " + where).params(params)
                .query((rs, n) -> stored(rs, today).view()).list();
    }

    long count(String where, Map<String, ?> params) {
        return db.sql("select count(*) from action a where " + where).params(params).query(Long.class).single();
    }

    List<EarlierCompletion> history(UUID organisationId, UUID actionId) {
        return db.sql("""
                select * from action_history where organisation_id = ? and action_id = ? order by reopened_at desc
                """)
                .params(organisationId, actionId)
                .query((rs, n) -> new EarlierCompletion(rs.getString("evidence"), Sql.instant(rs, "completed_at"),
                        Sql.uuid(rs, "completed_by"), Sql.instant(rs, "verified_at"), Sql.uuid(rs, "verified_by"),
                        Sql.instant(rs, "reopened_at"), Sql.uuid(rs, "reopened_by"), rs.getString("reason")))
                .list();
    }

    /** An action with the version it was read at, for an update that must not overwrite someone else's. */
    record Stored(ActionView view, int version) {
    }

    private static Stored stored(ResultSet rs, LocalDate today) throws SQLException {
        ActionStatus status = Sql.enumValue(rs, "status", ActionStatus.class);
        LocalDate due = Sql.date(rs, "due_date");
        return new Stored(new ActionView(Sql.uuid(rs, "id"), Sql.uuid(rs, "organisation_id"), Sql.uuid(rs, "service_id"),
                Sql.uuid(rs, "review_id"), Sql.uuid(rs, "finding_id"), rs.getString("description"),
                Sql.uuid(rs, "lead_id"), due, Sql.enumValue(rs, "strength", ActionStrength.class), status,
                rs.getString("evidence"), Sql.instant(rs, "completed_at"), Sql.uuid(rs, "completed_by"),
                Sql.instant(rs, "verified_at"), Sql.uuid(rs, "verified_by"), ActionView.overdue(status, due, today)),
                rs.getInt("version"));
    }
}
