package org.learnloop.reporting;

/** Physical harm, graded as the NHS Learn from Patient Safety Events service grades it. */
public enum PhysicalHarm {
    /** No harm came to the person. */
    NONE,
    /** Minimal harm: extra observation or minor treatment. */
    LOW,
    /** Significant but not permanent harm, or moderate increase in treatment. */
    MODERATE,
    /** Permanent harm or harm that shortens life. */
    SEVERE,
    /** The person died as a result. */
    FATAL;

    public boolean atLeast(PhysicalHarm other) {
        return compareTo(other) >= 0;
    }
}
