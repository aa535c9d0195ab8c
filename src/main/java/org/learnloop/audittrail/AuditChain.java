package org.learnloop.audittrail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.learnloop.shared.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the chained audit trail. Appending locks the organisation's row in
 * {@code audit_chain_head} ({@code select ... for update}), numbers and hashes the new entries after
 * the last one, and moves the head on, all in the caller's transaction: two transactions, on one
 * server or several, can never chain to the same entry, on PostgreSQL and H2 alike. The cost is one
 * row lock and one update per transaction that records anything.
 */
@Component
class AuditChain {

    private static final String ENTRY_COLUMNS = """
            chain_sequence, organisation_id, actor_id, action, subject_type, subject_id, description, at,
            previous_hash, hash""";

    private final JdbcClient db;
    private final JdbcTemplate batches;

    AuditChain(JdbcClient db, JdbcTemplate batches) {
        this.db = db;
        this.batches = batches;
    }

    /** Adds these entries of one organisation to the end of its chain, in order. Needs a transaction. */
    void append(UUID organisationId, List<EntryContent> entries) {
        ChainHead head = lockHead(organisationId);
        long sequence = head.lastSequence();
        String previous = head.lastHash();
        for (EntryContent entry : entries) {
            sequence++;
            String hash = ChainHash.of(sequence, entry, previous);
            db.sql("""
                    insert into audit_entry (id, organisation_id, actor_id, action, subject_type, subject_id,
                        description, at, chain_sequence, previous_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(UUID.randomUUID(), organisationId, entry.actorId(), entry.action(), entry.subjectType(),
                            entry.subjectId(), entry.description(), Sql.ts(entry.at()), sequence, previous, hash)
                    .update();
            previous = hash;
        }
        moveHead(organisationId, sequence, previous);
    }

    /**
     * Chains up to {@code limit} of the organisation's entries recorded before the chain existed and
     * numbered after {@code afterRow}, after whatever the chain already holds, in the order they were
     * recorded. Needs a transaction; safe when several servers start at once, since the head's lock
     * is taken first. Answers how many it chained, and the row number of the last.
     */
    EarlierBatch chainEarlierEntries(UUID organisationId, long afterRow, int limit) {
        ChainHead head = lockHead(organisationId);
        List<Unchained> earlier = db.sql("""
                select sequence_number, organisation_id, actor_id, action, subject_type, subject_id, description, at
                from audit_entry
                where organisation_id = ? and sequence_number > ? and chain_sequence is null
                order by organisation_id, sequence_number
                limit ?
                """)
                .params(organisationId, afterRow, limit)
                .query((rs, row) -> new Unchained(rs.getLong("sequence_number"), content(rs)))
                .list();
        if (earlier.isEmpty()) {
            return new EarlierBatch(0, afterRow);
        }
        long sequence = head.lastSequence();
        String previous = head.lastHash();
        List<Object[]> links = new ArrayList<>(earlier.size());
        for (Unchained entry : earlier) {
            sequence++;
            String hash = ChainHash.of(sequence, entry.content(), previous);
            links.add(new Object[] { sequence, previous, hash, entry.rowNumber() });
            previous = hash;
        }
        batches.batchUpdate("update audit_entry set chain_sequence = ?, previous_hash = ?, hash = ? where sequence_number = ?",
                links);
        moveHead(organisationId, sequence, previous);
        return new EarlierBatch(earlier.size(), earlier.get(earlier.size() - 1).rowNumber());
    }

    /** The organisations with entries from before the chain existed. */
    List<UUID> organisationsWithEarlierEntries() {
        return db.sql("select distinct organisation_id from audit_entry where chain_sequence is null")
                .query(UUID.class).list();
    }

    /** Every organisation that has a chain or any entry, in a fixed order. */
    List<UUID> organisations() {
        return db.sql("""
                select organisation_id from audit_chain_head
                union
                select distinct organisation_id from audit_entry
                order by 1
                """).query(UUID.class).list();
    }

    /** The recorded end of the organisation's chain, without locking it. */
    ChainHead head(UUID organisationId) {
        return db.sql("select last_sequence, last_hash from audit_chain_head where organisation_id = ?")
                .param(organisationId)
                .query(AuditChain::head).optional()
                .orElse(ChainHead.EMPTY);
    }

    /**
     * Up to {@code limit} entries of the chain numbered after {@code after} and up to {@code upTo}, in
     * order. Ordered by both columns of the chain's index so that H2 reads the index in order too.
     */
    List<ChainedEntry> entries(UUID organisationId, long after, long upTo, int limit) {
        return db.sql("select " + ENTRY_COLUMNS + """
                 from audit_entry
                where organisation_id = ? and chain_sequence > ? and chain_sequence <= ?
                order by organisation_id, chain_sequence
                limit ?
                """)
                .params(organisationId, after, upTo, limit)
                .query((rs, row) -> new ChainedEntry(rs.getLong("chain_sequence"), content(rs),
                        rs.getString("previous_hash"), rs.getString("hash")))
                .list();
    }

    /** The highest sequence number of any of the organisation's entries, or 0. */
    long highestSequence(UUID organisationId) {
        return db.sql("""
                select chain_sequence from audit_entry where organisation_id = ? and chain_sequence is not null
                order by organisation_id desc, chain_sequence desc
                limit 1
                """).param(organisationId).query(Long.class).optional().orElse(0L);
    }

    /** How many of the organisation's entries have no place in the chain. */
    long outsideChain(UUID organisationId) {
        return db.sql("select count(*) from audit_entry where organisation_id = ? and chain_sequence is null")
                .param(organisationId).query(Long.class).single();
    }

    private ChainHead lockHead(UUID organisationId) {
        Optional<ChainHead> head = selectHeadForUpdate(organisationId);
        if (head.isPresent()) {
            return head.get();
        }
        db.sql("""
                insert into audit_chain_head (organisation_id, last_sequence, last_hash) values (?, 0, ?)
                on conflict do nothing
                """).params(organisationId, ChainHash.GENESIS).update();
        return selectHeadForUpdate(organisationId).orElseThrow();
    }

    private Optional<ChainHead> selectHeadForUpdate(UUID organisationId) {
        return db.sql("select last_sequence, last_hash from audit_chain_head where organisation_id = ? for update")
                .param(organisationId)
                .query(AuditChain::head).optional();
    }

    private void moveHead(UUID organisationId, long lastSequence, String lastHash) {
        db.sql("update audit_chain_head set last_sequence = ?, last_hash = ? where organisation_id = ?")
                .params(lastSequence, lastHash, organisationId)
                .update();
    }

    private static ChainHead head(ResultSet rs, int row) throws SQLException {
        return new ChainHead(rs.getLong("last_sequence"), rs.getString("last_hash"));
    }

    private static EntryContent content(ResultSet rs) throws SQLException {
        return new EntryContent(Sql.uuid(rs, "organisation_id"), Sql.uuid(rs, "actor_id"), rs.getString("action"),
                rs.getString("subject_type"), Sql.uuid(rs, "subject_id"), rs.getString("description"),
                Sql.instant(rs, "at"));
    }

    /** How many earlier entries one transaction chained, and the row number of the last of them. */
    record EarlierBatch(int entries, long lastRow) {
    }

    /** An entry from before the chain existed, by its row number. */
    private record Unchained(long rowNumber, EntryContent content) {
    }
}
