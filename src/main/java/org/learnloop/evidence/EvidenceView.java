package org.learnloop.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.learnloop.loop.LoopStage;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventCounts;
import org.learnloop.reporting.EventType;

/**
 * The evidence for a period and a set of services: what was reported, where the loops stand, and
 * every closed loop as a chain. Names appear only as staff display names; people using the
 * services are never named.
 */
public record EvidenceView(LocalDate from, LocalDate to, Instant generatedAt, List<ServiceRef> services,
        EventCounts counts, Map<LoopStage, Long> loopsByStage, long eventsConsidered, List<Chain> closedLoops) {

    public record ServiceRef(UUID id, String name, String kind, String nation) {
    }

    /** One closed loop, from what went wrong to what changed and who learned it. */
    public record Chain(EventRef event, List<ReviewRef> reviews, List<ActionRef> actions, List<VerdictRef> verdicts,
            List<LessonRef> lessons, Set<QualityStatement> qualityStatements) {
    }

    public record EventRef(UUID id, String reference, String service, EventType type, Category category,
            Instant occurredAt, String summary, String physicalHarm, String psychologicalHarm) {
    }

    public record ReviewRef(UUID id, String type, String summary, List<String> contributoryFactors,
            List<String> findings, String signedOffBy, Instant signedOffAt) {
    }

    public record ActionRef(UUID id, String description, String strength, String lead, LocalDate dueDate,
            Instant completedAt, String evidence, String verifiedBy, Instant verifiedAt) {
    }

    public record VerdictRef(UUID actionId, String verdict, String notes, Instant recordedAt) {
    }

    public record LessonRef(UUID id, String title, String summary, Instant publishedAt, long acknowledged,
            long staff) {
    }
}
