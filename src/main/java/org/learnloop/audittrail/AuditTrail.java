package org.learnloop.audittrail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.learnloop.people.Actor;
import org.learnloop.people.Role;
import org.learnloop.shared.AuditableEvent;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.PageOf;
import org.learnloop.shared.Sql;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. Changes are recorded in the transaction that makes them, so no
 * change is ever saved without its entry; reads of restricted records are recorded in a
 * transaction of their own, so that even a read-only page leaves a trace.
 */
@Service
public class AuditTrail {

    private final JdbcClient db;
    private final Clock clock;

    AuditTrail(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** One line of the trail. */
    public record Entry(long sequence, Instant at, String actor, String action, String subjectType, UUID subjectId,
            String description) {
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AuditableEvent event) {
        insert(event.organisationId(), event.actorId(), "CHANGE", event.subjectType(), event.subjectId(),
                event.description(), event.occurredAt());
    }

    /** Records that a person opened a restricted record (a safeguarding or speak-up concern). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRead(Actor actor, String subjectType, UUID subjectId, String description) {
        insert(actor.organisationId(), actor.personId(), "READ", subjectType, subjectId, description, clock.instant());
    }

    /**
     * Records that a restricted record was opened with the private follow-up code of an anonymous
     * report. The reader is left out on purpose: naming them would name the anonymous reporter.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordReadByCode(UUID organisationId, String subjectType, UUID subjectId, String description) {
        insert(organisationId, null, "READ", subjectType, subjectId, description, clock.instant());
    }

    @Transactional(readOnly = true)
    public PageOf<Entry> entries(Actor actor, String action, PageOf.Request page) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw Forbidden.because("Only an administrator can read the audit trail.");
        }
        String filter = action == null || action.isBlank() ? "" : " and a.action = :action";
        var count = db.sql("select count(*) from audit_entry a where a.organisation_id = :org" + filter)
                .param("org", actor.organisationId());
        var list = db.sql("select a.*, p.username from audit_entry a left join person p on p.id = a.actor_id"
                + " where a.organisation_id = :org" + filter
                + " order by a.sequence_number desc limit :limit offset :offset")
                .param("org", actor.organisationId())
                .param("limit", page.size()).param("offset", page.offset());
        if (!filter.isEmpty()) {
            count = count.param("action", action);
            list = list.param("action", action);
        }
        List<Entry> entries = list.query((rs, row) -> new Entry(rs.getLong("sequence_number"), Sql.instant(rs, "at"),
                rs.getString("username"), rs.getString("action"), rs.getString("subject_type"),
                Sql.uuid(rs, "subject_id"), rs.getString("description"))).list();
        return new PageOf<>(entries, page.page(), page.size(), count.query(Long.class).single());
    }

    @Transactional(readOnly = true)
    public long countFor(UUID organisationId, String subjectType, UUID subjectId, String action) {
        return db.sql("""
                select count(*) from audit_entry
                where organisation_id = ? and subject_type = ? and subject_id = ? and action = ?
                """).params(organisationId, subjectType, subjectId, action).query(Long.class).single();
    }

    private void insert(UUID organisationId, UUID actorId, String action, String subjectType, UUID subjectId,
            String description, Instant at) {
        db.sql("""
                insert into audit_entry (id, organisation_id, actor_id, action, subject_type, subject_id, description, at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID(), organisationId, actorId, action, subjectType, subjectId,
                        truncate(description), Sql.ts(at))
                .update();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
