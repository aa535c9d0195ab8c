package org.learnloop.audittrail;

import java.util.UUID;

/**
 * The first place where an organisation's audit trail is not as Learnloop recorded it: the
 * organisation, the entry's sequence number in that organisation's chain (none when the entry has no
 * place in the chain) and what does not match.
 */
public record BrokenLink(UUID organisationId, Long sequence, ChainProblem problem) {

    /** "Organisation …, entry 12: the entry was changed after it was recorded: …". */
    public String describe() {
        return "organisation " + organisationId + (sequence == null ? "" : ", entry " + sequence) + ": "
                + problem.explanation();
    }
}
