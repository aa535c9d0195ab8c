package org.learnloop.triage.web;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.learnloop.people.Actor;
import org.learnloop.shared.PageOf;
import org.learnloop.triage.CompleteDuty;
import org.learnloop.triage.Duties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statutory duties through the API: what is due, and recording each as done or dismissed. */
@RestController
@RequestMapping("/api/v1/duties")
class DutyApiController {

    private final Duties duties;

    DutyApiController(Duties duties) {
        this.duties = duties;
    }

    record CompletionRequest(OffsetDateTime completedAt, String method, String reference) {
    }

    record DismissalRequest(String reason) {
    }

    /** Due duties of the events I can see, soonest first. */
    @GetMapping
    PageOf<DutyAnswer> listOpenDuties(Actor actor, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return DutyAnswer.page(duties.openFor(actor).stream().map(DutyAnswer::of).toList(), PageOf.Request.of(page, size));
    }

    @GetMapping("/{id}")
    DutyAnswer showDuty(Actor actor, @PathVariable UUID id) {
        return DutyAnswer.of(duties.find(actor, id));
    }

    @PostMapping("/{id}/completion")
    DutyAnswer completeDuty(Actor actor, @PathVariable UUID id, @RequestBody(required = false) CompletionRequest request) {
        CompletionRequest body = request == null ? new CompletionRequest(null, null, null) : request;
        return DutyAnswer.of(duties.complete(actor, id, new CompleteDuty(
                body.completedAt() == null ? null : body.completedAt().toInstant(), body.method(), body.reference())));
    }

    @PostMapping("/{id}/dismissal")
    DutyAnswer dismissDuty(Actor actor, @PathVariable UUID id, @RequestBody(required = false) DismissalRequest request) {
        return DutyAnswer.of(duties.dismiss(actor, id, request == null ? null : request.reason()));
    }
}
