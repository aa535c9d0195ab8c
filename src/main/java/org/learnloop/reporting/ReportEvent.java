package org.learnloop.reporting;

import java.time.Instant;
import java.util.UUID;

/** A new report, as the form or the API sends it. Checked by {@link EventReporting#report}. */
public record ReportEvent(EventType type, UUID serviceId, Instant occurredAt, Category category, String summary,
        String description, String immediateActions, PhysicalHarm physicalHarm, PsychologicalHarm psychologicalHarm,
        boolean anonymous) {

    public static final int SUMMARY_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int IMMEDIATE_ACTIONS_MAX = 5_000;
}
