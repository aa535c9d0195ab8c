package org.learnloop.review;

import java.time.Instant;
import java.util.UUID;

import org.learnloop.shared.ConflictingChange;

/**
 * A write-up refused because someone else saved the review (or signed it off) after the person
 * opened it. It carries the review as it is now, who changed it and when, and what they changed
 * since the version the person opened, so that pages and the API can show it and the person can
 * merge their words into it rather than lose either.
 */
public class ReviewChangedMeanwhile extends ConflictingChange {

    private final transient ReviewView current;
    private final transient UUID changedBy;
    private final transient Instant changedAt;
    private final transient ReviewChanges changes;

    ReviewChangedMeanwhile(ReviewView current, UUID changedBy, Instant changedAt, ReviewChanges changes) {
        super(ConflictingChange.on("This review").getMessage());
        this.current = current;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.changes = changes;
    }

    /** The review as it is saved now. */
    public ReviewView current() {
        return current;
    }

    /** Who saved the current version (or signed the review off), or null when that is not known. */
    public UUID changedBy() {
        return changedBy;
    }

    /** When they did, or null when that is not known. */
    public Instant changedAt() {
        return changedAt;
    }

    /** What changed between the version the person opened and the current one. */
    public ReviewChanges changes() {
        return changes;
    }
}
