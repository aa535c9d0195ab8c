package org.learnloop.reporting;

import java.util.Map;

/** Counts of events over a period, by type, category and harm. */
public record EventCounts(long total, Map<EventType, Long> byType, Map<Category, Long> byCategory,
        Map<PhysicalHarm, Long> byPhysicalHarm, Map<PsychologicalHarm, Long> byPsychologicalHarm) {
}
