package org.learnloop.audittrail;

/** What does not hold at the first broken link of an organisation's audit trail. */
public enum ChainProblem {

    /** An entry's number is skipped: the entry was deleted. */
    ENTRY_MISSING("the entry is missing: it was deleted"),

    /** An entry's contents no longer give its hash: it was changed after it was recorded. */
    ENTRY_CHANGED("the entry was changed after it was recorded: what it says no longer matches its hash"),

    /** An entry's previous hash is not the hash of the entry before it. */
    LINK_BROKEN("its previous hash does not match the hash of the entry before it"),

    /** The last entry's hash is not the one recorded for the end of the chain. */
    END_CHANGED("it is the last entry, but its hash does not match the end of the chain recorded for the organisation"),

    /** An entry is numbered beyond the recorded end of the chain. */
    BEYOND_END("the entry lies beyond the recorded end of the chain: it was added outside Learnloop"),

    /** An entry has no place in the chain at all. */
    OUTSIDE_CHAIN("an entry has no place in the chain: it was added outside Learnloop");

    private final String explanation;

    ChainProblem(String explanation) {
        this.explanation = explanation;
    }

    /** What does not match, in plain English, for the verification command and the API. */
    public String explanation() {
        return explanation;
    }
}
