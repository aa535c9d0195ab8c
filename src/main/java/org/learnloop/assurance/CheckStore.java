package org.learnloop.assurance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.learnloop.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind effectiveness checks. */
@Repository
class CheckStore {

    static final String COLUMNS = """
            c.id, c.organisation_id, c.service_id, c.action_id, c.review_id, c.verified_at, c.follow_up, c.due_date,
            c.status, c.verdict, c.notes, c.recorded_by, c.recorded_at, c.version""";

    private final JdbcClient db;

    CheckStore(JdbcClient db) {
        this.db = db;
    }

    /**
     * Schedules a check unless this one (same action, verification and follow-up) is already
     * there, or the action already has a scheduled check. Answers whether it was scheduled.
     */
    boolean schedule(UUID id, UUID organisationId, UUID serviceId, UUID actionId, UUID reviewId, Instant verifiedAt,
            int followUp, LocalDate dueDate, Instant now) {
        return db.sql("""
                insert into effectiveness_check (id, organisation_id, service_id, action_id, review_id, verified_at,
                    follow_up, due_date, status, scheduled_action_id, scheduled_at, version)
                values (:id, :org, :service, :action, :review, :verifiedAt, :followUp, :due, 'SCHEDULED', :action, :now, 0)
                on conflict do nothing
                """)
                .param("id", id).param("org", organisationId).param("service", serviceId).param("action", actionId)
                .param("review", reviewId).param("verifiedAt", Sql.ts(verifiedAt)).param("followUp", followUp)
                .param("due", dueDate).param("now", Sql.ts(now))
                .update() == 1;
    }

    /** Records the verdict if the check is still scheduled and nobody changed it since it was read. */
    boolean record(Stored check, Verdict verdict, String notes, UUID by, Instant at) {
        return db.sql("""
                update effectiveness_check set status = 'DONE', scheduled_action_id = null, verdict = ?, notes = ?,
                    recorded_by = ?, recorded_at = ?, version = version + 1
                where id = ? and organisation_id = ? and status = 'SCHEDULED' and version = ?
                """)
                .params(verdict.name(), notes, by, Sql.ts(at), check.view().id(), check.view().organisationId(),
                        check.version())
                .update() == 1;
    }

    Optional<Stored> find(UUID organisationId, UUID id, LocalDate today) {
        return db.sql("select " + COLUMNS + " from effectiveness_check c where c.organisation_id = ? and c.id = ?")
                .params(organisationId, id).query((rs, n) -> stored(rs, today)).optional();
    }

    List<CheckView> forActions(UUID organisationId, Collection<UUID> actionIds, LocalDate today) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return Sql.inChunks(actionIds, chunk -> db.sql("select " + COLUMNS + " from effectiveness_check c where c.organisation_id = :org"
                + " and c.action_id in (:actions) order by c.action_id, c.scheduled_at, c.follow_up")
                .param("org", organisationId).param("actions", chunk)
                .query((rs, n) -> stored(rs, today).view()).list());
    }

    List<CheckStanding> standingsFor(UUID organisationId, Collection<UUID> actionIds) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return Sql.inChunks(actionIds, chunk -> db.sql("select c.action_id, c.status, c.verdict, c.recorded_at"
                + " from effectiveness_check c where c.organisation_id = :org and c.action_id in (:actions)")
                .param("org", organisationId).param("actions", chunk)
                .query((rs, n) -> new CheckStanding(Sql.uuid(rs, "action_id"), Sql.enumValue(rs, "status", CheckStatus.class),
                        Sql.enumValue(rs, "verdict", Verdict.class), Sql.instant(rs, "recorded_at")))
                .list());
    }

    List<CheckView> query(String where, Map<String, ?> params, LocalDate today) {
        return db.sql("select " + COLUMNS + " from effectiveness_check c where " + where).params(params)
                .query((rs, n) -> stored(rs, today).view()).list();
    }

    long count(String where, Map<String, ?> params) {
        return db.sql("select count(*) from effectiveness_check c where " + where).params(params)
                .query(Long.class).single();
    }

    /** A check with what the store alone knows: the verification it follows, its number, its version. */
    record Stored(CheckView view, Instant verifiedAt, int followUp, int version) {
    }

    private static Stored stored(ResultSet rs, LocalDate today) throws SQLException {
        CheckStatus status = Sql.enumValue(rs, "status", CheckStatus.class);
        LocalDate due = Sql.date(rs, "due_date");
        return new Stored(new CheckView(Sql.uuid(rs, "id"), Sql.uuid(rs, "organisation_id"), Sql.uuid(rs, "service_id"),
                Sql.uuid(rs, "action_id"), Sql.uuid(rs, "review_id"), due, status,
                Sql.enumValue(rs, "verdict", Verdict.class), rs.getString("notes"), Sql.uuid(rs, "recorded_by"),
                Sql.instant(rs, "recorded_at"), CheckView.overdue(status, due, today)),
                Sql.instant(rs, "verified_at"), rs.getInt("follow_up"), rs.getInt("version"));
    }
}
