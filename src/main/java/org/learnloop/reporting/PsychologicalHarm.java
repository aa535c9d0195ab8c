package org.learnloop.reporting;

/** Psychological harm, graded alongside physical harm. */
public enum PsychologicalHarm {
    /** No distress beyond the moment. */
    NONE,
    /** Distress that passed quickly. */
    LOW,
    /** Distress lasting days or needing support. */
    MODERATE,
    /** Lasting psychological harm (28 days or more). */
    SEVERE;

    public boolean atLeast(PsychologicalHarm other) {
        return compareTo(other) >= 0;
    }
}
