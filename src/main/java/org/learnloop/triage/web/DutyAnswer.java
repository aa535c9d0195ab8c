package org.learnloop.triage.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.learnloop.shared.PageOf;
import org.learnloop.triage.DutyKind;
import org.learnloop.triage.DutyStatus;
import org.learnloop.triage.DutyView;

/** A duty as the API answers it. */
record DutyAnswer(UUID id, UUID eventId, UUID serviceId, DutyKind kind, String reason, Instant dueAt,
        DutyStatus status, boolean overdue, Instant completedAt, UUID completedBy, String method, String reference,
        String dismissalReason) {

    static DutyAnswer of(DutyView d) {
        return new DutyAnswer(d.id(), d.eventId(), d.serviceId(), d.kind(), d.reason(), d.dueAt(), d.status(),
                d.overdue(), d.completedAt(), d.completedBy(), d.method(), d.reference(), d.dismissalReason());
    }

    /** One page of a list that is already whole in memory. */
    static PageOf<DutyAnswer> page(List<DutyAnswer> all, PageOf.Request request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new PageOf<>(all.subList(from, to), request.page(), request.size(), all.size());
    }
}
