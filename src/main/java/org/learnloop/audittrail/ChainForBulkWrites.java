package org.learnloop.audittrail;

import java.time.Instant;
import java.util.UUID;

/**
 * The chain of a new organisation's trail, for code that writes audit entries as rows of its own
 * (the generator of a provider group, millions of entries in bulk) rather than through
 * {@link AuditTrail}: it gives each entry, in the order given, its place in the chain, the hash of
 * the one before and its own hash, so that the trail is verified like any other. The writer stores
 * each entry as its {@link Link} says (the description and time as the database keeps them), and
 * the {@link #head()} in {@code audit_chain_head} by the time the last entry is written. Not for an
 * organisation that already has a chain; not thread-safe.
 */
public final class ChainForBulkWrites {

    private final UUID organisationId;
    private long sequence;
    private String previous = ChainHash.GENESIS;

    public ChainForBulkWrites(UUID organisationId) {
        this.organisationId = organisationId;
    }

    /** The next entry's place in the chain, and its description and time as the row must hold them. */
    public Link link(UUID actorId, String action, String subjectType, UUID subjectId, String description,
            Instant at) {
        EntryContent content = EntryContent.recorded(organisationId, actorId, action, subjectType, subjectId,
                description, at);
        sequence++;
        Link link = new Link(sequence, previous, ChainHash.of(sequence, content, previous), content.description(),
                content.at());
        previous = link.hash();
        return link;
    }

    /** The values of the head row: organisation id, last sequence number, last hash. */
    public Object[] head() {
        return new Object[] { organisationId, sequence, previous };
    }

    /**
     * An entry's place in the chain ({@code chain_sequence}, {@code previous_hash}, {@code hash}) and
     * its {@code description} and {@code at} as stored.
     */
    public record Link(long sequence, String previousHash, String hash, String description, Instant at) {
    }
}
