package org.learnloop.audittrail;

import java.util.Objects;
import java.util.UUID;

/**
 * Walks one organisation's chain from its first entry to its recorded end, in order, and keeps the
 * first link that does not hold. Each entry must carry the next number, point at the hash of the
 * entry before it, and hash to what it carries; the last must match the recorded end of the chain;
 * and nothing may lie beyond that end or outside the chain.
 */
final class ChainWalk {

    private final UUID organisationId;
    private final ChainHead head;
    private long expected = 1;
    private String previousHash = ChainHash.GENESIS;
    private long entries;
    private BrokenLink broken;

    /** A walk of the chain that ends, as recorded, at {@code head}. */
    ChainWalk(UUID organisationId, ChainHead head) {
        this.organisationId = organisationId;
        this.head = head;
    }

    /** The next entry of the chain, in sequence order, up to the recorded end. */
    void next(ChainedEntry entry) {
        entries++;
        if (broken != null) {
            return;
        }
        if (entry.sequence() != expected) {
            broken = link(expected, ChainProblem.ENTRY_MISSING);
            return;
        }
        if (!Objects.equals(entry.previousHash(), previousHash)) {
            broken = link(entry.sequence(), ChainProblem.LINK_BROKEN);
        } else if (!ChainHash.of(entry).equals(entry.hash())) {
            broken = link(entry.sequence(), ChainProblem.ENTRY_CHANGED);
        }
        previousHash = entry.hash();
        expected++;
    }

    /**
     * The walk's result, given the highest sequence number of any entry of the organisation and how
     * many of its entries have no sequence number at all.
     */
    Verification end(long highestSequence, long outsideChain) {
        if (broken == null) {
            if (expected - 1 < head.lastSequence()) {
                broken = link(expected, ChainProblem.ENTRY_MISSING);
            } else if (!Objects.equals(previousHash, head.lastHash())) {
                broken = link(head.lastSequence(), ChainProblem.END_CHANGED);
            } else if (highestSequence > head.lastSequence()) {
                broken = link(highestSequence, ChainProblem.BEYOND_END);
            } else if (outsideChain > 0) {
                broken = new BrokenLink(organisationId, null, ChainProblem.OUTSIDE_CHAIN);
            }
        }
        return new Verification(entries, 1, broken);
    }

    private BrokenLink link(long sequence, ChainProblem problem) {
        return new BrokenLink(organisationId, sequence, problem);
    }
}
