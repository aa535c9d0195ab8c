package org.learnloop.reporting;

import java.time.Instant;
import java.util.UUID;

/**
 * The few things about an event that count it and put it in order, without what happened: for
 * read models that look across tens of thousands of events.
 */
public record EventOutline(UUID id, String reference, Instant occurredAt, PhysicalHarm physicalHarm,
        PsychologicalHarm psychologicalHarm) {

    /** The greater of the two harms, from 0 (none) to 4 (death). */
    public int harmLevel() {
        return Math.max(physicalHarm.ordinal(), psychologicalHarm.ordinal());
    }
}
