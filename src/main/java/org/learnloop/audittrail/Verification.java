package org.learnloop.audittrail;

/**
 * The result of checking audit trails link by link: how many entries and organisations were
 * checked, and the first broken link, if any.
 */
public record Verification(long entries, int organisations, BrokenLink firstBrokenLink) {

    public boolean intact() {
        return firstBrokenLink == null;
    }

    Verification and(Verification other) {
        return new Verification(entries + other.entries, organisations + other.organisations,
                firstBrokenLink != null ? firstBrokenLink : other.firstBrokenLink);
    }

    static Verification none() {
        return new Verification(0, 0, null);
    }
}
