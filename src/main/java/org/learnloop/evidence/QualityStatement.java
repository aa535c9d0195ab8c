package org.learnloop.evidence;

import java.util.EnumSet;
import java.util.Set;

import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventType;

/**
 * The CQC single assessment framework's quality statements that a closed loop evidences most
 * directly (DOMAIN: "Evidence for inspections and tenders").
 */
public enum QualityStatement {
    /** Safe: a proactive and positive culture of safety based on openness and honesty. */
    SAFE_LEARNING_CULTURE,
    /** Safe: safe systems, pathways and transitions. */
    SAFE_SYSTEMS,
    /** Safe: safeguarding. */
    SAFE_SAFEGUARDING,
    /** Safe: involving people to manage risks. */
    SAFE_MANAGING_RISKS,
    /** Safe: safe environments. */
    SAFE_ENVIRONMENTS,
    /** Safe: medicines optimisation. */
    SAFE_MEDICINES,
    /** Responsive: listening to and involving people (complaints). */
    RESPONSIVE_LISTENING,
    /** Well-led: freedom to speak up. */
    WELL_LED_SPEAK_UP,
    /** Well-led: learning, improvement and innovation. */
    WELL_LED_LEARNING;

    /** Every closed loop evidences a learning culture; the event says which others. */
    static Set<QualityStatement> evidencedBy(EventType type, Category category) {
        Set<QualityStatement> statements = EnumSet.of(SAFE_LEARNING_CULTURE, WELL_LED_LEARNING);
        switch (type) {
            case SAFEGUARDING_CONCERN -> statements.add(SAFE_SAFEGUARDING);
            case COMPLAINT -> statements.add(RESPONSIVE_LISTENING);
            case STAFF_CONCERN -> statements.add(WELL_LED_SPEAK_UP);
            default -> {
            }
        }
        switch (category) {
            case MEDICATION -> statements.add(SAFE_MEDICINES);
            case ABUSE_NEGLECT -> statements.add(SAFE_SAFEGUARDING);
            case FALL, PRESSURE_DAMAGE, CHOKING, SELF_HARM, MISSING_PERSON, AGGRESSION -> statements.add(SAFE_MANAGING_RISKS);
            case EQUIPMENT, ENVIRONMENT, INFECTION, PROPERTY -> statements.add(SAFE_ENVIRONMENTS);
            case MISSED_VISIT, LATE_VISIT, COMMUNICATION, STAFFING -> statements.add(SAFE_SYSTEMS);
            default -> {
            }
        }
        return statements;
    }
}
