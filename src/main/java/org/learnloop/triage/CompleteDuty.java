package org.learnloop.triage;

import java.time.Instant;

/**
 * Recording a duty as done: when, how (for example "CQC online portal", "phoned the safeguarding
 * team") and the reference the regulator or council gave, if any.
 */
public record CompleteDuty(Instant completedAt, String method, String reference) {

    public static final int METHOD_MAX = 200;
    public static final int REFERENCE_MAX = 100;
}
