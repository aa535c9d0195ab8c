package org.learnloop.reporting.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.learnloop.people.Actor;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventReporting;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.EventView;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.reporting.ReportEvent;
import org.learnloop.reporting.ReportedEvent;
import org.learnloop.shared.InvalidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reporting through the API: a care-record system can send the same report as the form. */
@RestController
@RequestMapping("/api/v1/events")
class EventApiController {

    private final EventReporting reporting;

    EventApiController(EventReporting reporting) {
        this.reporting = reporting;
    }

    record ReportRequest(EventType type, UUID serviceId, OffsetDateTime occurredAt, Category category, String summary,
            String description, String immediateActions, PhysicalHarm physicalHarm,
            PsychologicalHarm psychologicalHarm, Boolean anonymous) {
    }

    record ReportAnswer(UUID id, String reference, String status, String followUpCode) {
    }

    record AmendmentRequest(String text) {
    }

    @PostMapping
    ResponseEntity<ReportAnswer> reportEvent(Actor actor, @RequestBody(required = false) ReportRequest request) {
        if (request == null) {
            throw InvalidRequest.of("body", "Send the report as a JSON object");
        }
        ReportedEvent reported = reporting.report(actor, new ReportEvent(request.type(), request.serviceId(),
                request.occurredAt() == null ? null : request.occurredAt().toInstant(), request.category(),
                request.summary(), request.description(), request.immediateActions(), request.physicalHarm(),
                request.psychologicalHarm(), Boolean.TRUE.equals(request.anonymous())));
        return ResponseEntity.created(URI.create("/api/v1/events/" + reported.id()))
                .body(new ReportAnswer(reported.id(), reported.reference(), "REPORTED", reported.followUpCode()));
    }

    @PostMapping("/{id}/amendments")
    ResponseEntity<EventView.Amendment> addAmendment(Actor actor, @PathVariable UUID id,
            @RequestBody(required = false) AmendmentRequest request) {
        EventView.Amendment amendment = reporting.amend(actor, id, request == null ? null : request.text());
        return ResponseEntity.created(URI.create("/api/v1/events/" + id)).body(amendment);
    }

}
