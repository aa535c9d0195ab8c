package org.learnloop.triage;

import java.time.Instant;

/** A duty the rules found in an event's facts: which, why in plain English, and when it is due. */
public record DetectedDuty(DutyKind kind, String reason, Instant dueAt) {
}
