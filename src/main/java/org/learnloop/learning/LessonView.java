package org.learnloop.learning;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A lesson: its anonymised title and summary, the review it came from, the services it is shared
 * with and where it is. {@code removed} counts the identifying details taken out before it was
 * stored. {@code acknowledgedAt} is when the person asking said they had read and understood it,
 * or null (it is always null in answers that are not about one person).
 */
public record LessonView(UUID id, UUID organisationId, UUID reviewId, String title, String summary,
        List<UUID> serviceIds, LessonStatus status, Instant publishedAt, UUID publishedBy, UUID createdBy,
        Instant createdAt, Map<IdentifyingDetail, Integer> removed, Instant acknowledgedAt) {

    public LessonView {
        serviceIds = List.copyOf(serviceIds);
        removed = removed == null || removed.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(removed));
    }

    /** A lesson as a fact of its own, without what was removed and without any reader. */
    public LessonView(UUID id, UUID organisationId, UUID reviewId, String title, String summary,
            List<UUID> serviceIds, LessonStatus status, Instant publishedAt, UUID publishedBy, UUID createdBy,
            Instant createdAt) {
        this(id, organisationId, reviewId, title, summary, serviceIds, status, publishedAt, publishedBy, createdBy,
                createdAt, Map.of(), null);
    }

    public boolean published() {
        return status == LessonStatus.PUBLISHED;
    }

    public boolean draft() {
        return status == LessonStatus.DRAFT;
    }

    /** Whether the person asking has said they read and understood it. */
    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** Whether it is shared with any of these services. */
    public boolean sharedWithAny(Collection<UUID> services) {
        return serviceIds.stream().anyMatch(services::contains);
    }

    LessonView readBy(Instant at) {
        return new LessonView(id, organisationId, reviewId, title, summary, serviceIds, status, publishedAt,
                publishedBy, createdBy, createdAt, removed, at);
    }
}
