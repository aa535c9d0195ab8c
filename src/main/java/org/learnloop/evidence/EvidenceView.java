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
 * one page of the closed loops as chains, the most serious first, then the most recent. The counts
 * and {@code loopsByStage} cover every event of the period ({@code eventsConsidered});
 * {@code closedLoops} holds page {@code page} (from 0) of {@code size}, of {@code closedLoopsTotal}.
 * Names appear only as staff display names; people using the services are never named.
 */
public record EvidenceView(LocalDate from, LocalDate to, Instant generatedAt, List<ServiceRef> services,
        EventCounts counts, Map<LoopStage, Long> loopsByStage, long eventsConsidered, List<Chain> closedLoops,
        int page, int size, long closedLoopsTotal) {

    /** How many pages the closed loops fill. */
    public long pages() {
        return (closedLoopsTotal + size - 1) / size;
    }

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
