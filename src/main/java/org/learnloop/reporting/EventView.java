package org.learnloop.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An event as it was reported, with the amendments added since. The reporter is absent when the
 * report was anonymous.
 */
public record EventView(UUID id, UUID organisationId, UUID serviceId, String reference, EventType type,
        Category category, Instant occurredAt, Instant reportedAt, UUID reporterId, boolean anonymous, String summary,
        String description, String immediateActions, PhysicalHarm physicalHarm, PsychologicalHarm psychologicalHarm,
        List<Amendment> amendments) {

    /** Later information, kept with who added it and when. */
    public record Amendment(UUID id, Instant addedAt, UUID addedBy, String text) {
    }

    EventView withAmendments(List<Amendment> list) {
        return new EventView(id, organisationId, serviceId, reference, type, category, occurredAt, reportedAt,
                reporterId, anonymous, summary, description, immediateActions, physicalHarm, psychologicalHarm,
                List.copyOf(list));
    }
}
