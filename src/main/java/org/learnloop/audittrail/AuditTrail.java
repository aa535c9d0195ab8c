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

    @Transactional(readOnly = true)
    public PageOf<Entry> entries(Actor actor, String action, PageOf.Request page) {
        requireAdministrator(actor);
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

    private static void requireAdministrator(Actor actor) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw Forbidden.because("Only an administrator can read the audit trail.");
        }
    }
}
