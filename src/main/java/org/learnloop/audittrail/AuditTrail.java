package org.learnloop.audittrail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.learnloop.people.Actor;
import org.learnloop.people.Role;
import org.learnloop.shared.AuditableEvent;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.PageOf;
import org.learnloop.shared.Sql;
import org.learnloop.shared.UkTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. Changes are recorded in the transaction that makes them (chained
 * just before it commits, see {@link PendingEntries}), so no change is ever saved without its entry;
 * reads of restricted records are recorded in a transaction of their own, so that even a read-only
 * page leaves a trace.
 * <p>
 * Each organisation's trail is a hash chain (see {@link ChainHash}): every entry carries its number
 * in the chain, the hash of the entry before it and its own hash, so an entry changed, removed or
 * slipped in outside Learnloop is found by {@link #verify(Actor)} and by the
 * {@code --verify-audit-trail} command.
 */
@Service
public class AuditTrail {

    private static final int VERIFY_BATCH = 2000;

    private final JdbcClient db;
    private final AuditChain chain;
    private final Clock clock;

    AuditTrail(JdbcClient db, AuditChain chain, Clock clock) {
        this.db = db;
        this.chain = chain;
        this.clock = clock;
    }

    /** One line of the trail, numbered in its organisation's chain. */
    public record Entry(long sequence, Instant at, String actor, String action, String subjectType, UUID subjectId,
            String description, String previousHash, String hash) {
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AuditableEvent event) {
        PendingEntries.add(chain, EntryContent.recorded(event.organisationId(), event.actorId(), "CHANGE",
                event.subjectType(), event.subjectId(), event.description(), event.occurredAt()));
    }

    /** Records that a person opened a restricted record (a safeguarding or speak-up concern). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRead(Actor actor, String subjectType, UUID subjectId, String description) {
        chain.append(actor.organisationId(), List.of(EntryContent.recorded(actor.organisationId(), actor.personId(),
                "READ", subjectType, subjectId, description, clock.instant())));
    }

    /**
     * Records that a restricted record was opened with the private follow-up code of an anonymous
     * report. The reader is left out on purpose: naming them would name the anonymous reporter.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordReadByCode(UUID organisationId, String subjectType, UUID subjectId, String description) {
        chain.append(organisationId, List.of(EntryContent.recorded(organisationId, null, "READ", subjectType, subjectId,
                description, clock.instant())));
    }

    @Transactional(readOnly = true)
    public PageOf<Entry> entries(Actor actor, String action, PageOf.Request page) {
        requireAdministrator(actor);
        if (action != null && !action.isBlank() && !List.of("CHANGE", "READ").contains(action)) {
            throw org.learnloop.shared.InvalidRequest.of("action", "Show changes (CHANGE), reads (READ) or everything");
        }
        String filter = action == null || action.isBlank() ? "" : " and a.action = :action";
        var count = db.sql("select count(*) from audit_entry a where a.organisation_id = :org" + filter)
                .param("org", actor.organisationId());
        var list = db.sql("select a.*, p.username from audit_entry a left join person p on p.id = a.actor_id"
                + " where a.organisation_id = :org" + filter
                + " order by a.chain_sequence desc, a.sequence_number desc limit :limit offset :offset")
                .param("org", actor.organisationId())
                .param("limit", page.size()).param("offset", page.offset());
        if (!filter.isEmpty()) {
            count = count.param("action", action);
            list = list.param("action", action);
        }
        List<Entry> entries = list.query((rs, row) -> new Entry(rs.getLong("chain_sequence"), Sql.instant(rs, "at"),
                rs.getString("username"), rs.getString("action"), rs.getString("subject_type"),
                Sql.uuid(rs, "subject_id"), rs.getString("description"), rs.getString("previous_hash"),
                rs.getString("hash"))).list();
        return new PageOf<>(entries, page.page(), page.size(), count.query(Long.class).single());
    }

    @Transactional(readOnly = true)
    public long countFor(UUID organisationId, String subjectType, UUID subjectId, String action) {
        return db.sql("""
                select count(*) from audit_entry
                where organisation_id = ? and subject_type = ? and subject_id = ? and action = ?
                """).params(organisationId, subjectType, subjectId, action).query(Long.class).single();
    }

    /** Checks the administrator's organisation's trail, link by link, from its first entry to its last. */
    @Transactional(readOnly = true)
    public Verification verify(Actor actor) {
        requireAdministrator(actor);
        return verify(actor.organisationId());
    }

    /** Checks every organisation's trail, for the {@code --verify-audit-trail} command. */
    @Transactional(readOnly = true)
    Verification verifyEveryOrganisation() {
        Verification all = Verification.none();
        for (UUID organisation : chain.organisations()) {
            all = all.and(verify(organisation));
        }
        return all;
    }

    private Verification verify(UUID organisationId) {
        // Read the highest number before the head: entries and head are committed together and the
        // head only moves on, so an entry above the head read after it was not added by Learnloop.
        long highest = chain.highestSequence(organisationId);
        ChainHead head = chain.head(organisationId);
        ChainWalk walk = new ChainWalk(organisationId, head);
        long after = 0;
        List<ChainedEntry> batch;
        do {
            batch = chain.entries(organisationId, after, head.lastSequence(), VERIFY_BATCH);
            batch.forEach(walk::next);
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).sequence();
        } while (batch.size() == VERIFY_BATCH);
        return walk.end(highest, chain.outsideChain(organisationId));
    }

    /**
     * Who opened restricted records (safeguarding and speak-up concerns) between two dates (London,
     * inclusive; either may be left open), one line per person and record, most recently read first.
     * For administrators and quality leads.
     */
    @Transactional(readOnly = true)
    public PageOf<RestrictedRead> restrictedReads(Actor actor, LocalDate from, LocalDate to, PageOf.Request page) {
        if (!actor.is(Role.ADMINISTRATOR) && !actor.is(Role.QUALITY_LEAD)) {
            throw Forbidden.because("Only an administrator or a quality lead can see who read restricted records.");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidRequest.of("to", "The end date must be the same as or after the start date");
        }
        List<String> where = new ArrayList<>(List.of("a.organisation_id = :org", "a.action = 'READ'"));
        if (from != null) {
            where.add("a.at >= :from");
        }
        if (to != null) {
            where.add("a.at < :to");
        }
        String condition = " from audit_entry a where " + String.join(" and ", where);
        var count = db.sql("select count(*) from (select a.actor_id" + condition
                + " group by a.actor_id, a.subject_type, a.subject_id) reads");
        var list = db.sql("""
                select r.actor_id, p.username, p.display_name, r.subject_type, r.subject_id, r.description, r.times,
                    r.first_at, r.last_at
                from (select a.actor_id, a.subject_type, a.subject_id, max(a.description) as description,
                        count(*) as times, min(a.at) as first_at, max(a.at) as last_at""" + condition + """
                       group by a.actor_id, a.subject_type, a.subject_id) r
                left join person p on p.id = r.actor_id
                order by r.last_at desc, r.subject_id, r.actor_id
                limit :limit offset :offset
                """);
        for (var statement : List.of(count, list)) {
            statement.param("org", actor.organisationId());
            if (from != null) {
                statement.param("from", Sql.ts(from.atStartOfDay(UkTime.LONDON).toInstant()));
            }
            if (to != null) {
                statement.param("to", Sql.ts(to.plusDays(1).atStartOfDay(UkTime.LONDON).toInstant()));
            }
        }
        List<RestrictedRead> reads = list.param("limit", page.size()).param("offset", page.offset())
                .query((rs, row) -> new RestrictedRead(Sql.uuid(rs, "actor_id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("subject_type"), Sql.uuid(rs, "subject_id"),
                        RestrictedRead.referenceIn(rs.getString("description")), rs.getLong("times"),
                        Sql.instant(rs, "first_at"), Sql.instant(rs, "last_at")))
                .list();
        return new PageOf<>(reads, page.page(), page.size(), count.query(Long.class).single());
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw Forbidden.because("Only an administrator can read the audit trail.");
        }
    }
}
