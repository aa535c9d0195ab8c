package org.learnloop.review;

/**
 * How the provider will learn from an event, chosen in proportion to what can be learned (PSIRF),
 * not by harm alone. The choice and its reason are recorded at triage.
 */
public enum LearningResponse {
    /** Low harm, known issue: a short record of what happened and what was done. */
    LOCAL_REVIEW,
    /** Soon after the event, with the staff involved, within 48 hours: what happened, why, what would prevent it. */
    SWARM_HUDDLE,
    /** Any event, including good outcomes: what was expected, what happened, why the difference, what we learn. */
    AFTER_ACTION_REVIEW,
    /** A worker or team reflects with a manager: feelings, evaluation, analysis, conclusion, action plan. */
    REFLECTIVE_REVIEW,
    /** Serious or complex events: timeline, five whys, fishbone over the contributory factors. */
    ROOT_CAUSE_ANALYSIS,
    /** Several related events (a cluster of falls, repeated missed visits): common factors and findings. */
    THEMATIC_REVIEW,
    /** The most serious (unexpected death, abuse): terms of reference, signed off by the nominated individual. */
    FULL_INVESTIGATION
}
