package org.learnloop.review;

/** Where a review is: being written, or signed off and fixed. */
public enum ReviewStatus {
    /** Open: findings and factors can still change. */
    DRAFT,
    /** Signed off: findings are fixed and actions can answer them. */
    SIGNED_OFF
}
