package org.learnloop.reporting;

import java.util.UUID;

/**
 * What the reporter is told once the report is committed: its reference and, for an anonymous
 * report, the private follow-up code (shown only this once).
 */
public record ReportedEvent(UUID id, String reference, String followUpCode) {
}
