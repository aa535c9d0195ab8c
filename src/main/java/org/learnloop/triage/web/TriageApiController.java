package org.learnloop.triage.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.learnloop.people.Actor;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.review.LearningResponse;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.InvalidRequest.FieldMessage;
import org.learnloop.shared.NotFound;
import org.learnloop.shared.PageOf;
import org.learnloop.triage.Duties;
import org.learnloop.triage.RiskBand;
import org.learnloop.triage.TriageChangedMeanwhile;
import org.learnloop.triage.TriageEvent;
import org.learnloop.triage.TriageView;
import org.learnloop.triage.Triages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Triage and an event's duties through the API. */
@RestController
@RequestMapping("/api/v1/events/{id}")
class TriageApiController {

    private final Triages triages;
    private final Duties duties;

    TriageApiController(Triages triages, Duties duties) {
        this.triages = triages;
        this.duties = duties;
    }

    /**
     * Codes and numbers arrive loosely typed so that a wrong one is reported beside its field.
     * {@code revises}, optional, is the {@code triagedAt} of the triage the client read: when someone
     * else has triaged the event since, the triage is refused (409) instead of replacing theirs.
     */
    record TriageRequest(Object physicalHarm, Object psychologicalHarm, Object consequence, Object likelihood,
            Object response, Object responseReason, Object revises) {
    }

    record TriageAnswer(UUID eventId, PhysicalHarm physicalHarm, PsychologicalHarm psychologicalHarm, int consequence,
            int likelihood, int score, RiskBand band, LearningResponse response, String responseReason,
            UUID triagedBy, Instant triagedAt, List<DutyAnswer> duties) {

        static TriageAnswer of(TriageView t, List<DutyAnswer> duties) {
            return new TriageAnswer(t.eventId(), t.physicalHarm(), t.psychologicalHarm(), t.consequence(),
                    t.likelihood(), t.score(), t.band(), t.response(), t.responseReason(), t.triagedBy(),
                    t.triagedAt(), duties);
        }
    }

    @PostMapping("/triage")
    TriageAnswer triageEvent(Actor actor, @PathVariable UUID id, @RequestBody(required = false) TriageRequest request) {
        TriageRequest body = request == null ? new TriageRequest(null, null, null, null, null, null, null) : request;
        List<FieldMessage> unreadable = new ArrayList<>();
        TriageEvent command = new TriageEvent(
                ApiValues.code(body.physicalHarm(), PhysicalHarm.class, "physicalHarm", unreadable),
                ApiValues.code(body.psychologicalHarm(), PsychologicalHarm.class, "psychologicalHarm", unreadable),
                ApiValues.whole(body.consequence(), "consequence", unreadable),
                ApiValues.whole(body.likelihood(), "likelihood", unreadable),
                ApiValues.code(body.response(), LearningResponse.class, "response", unreadable),
                ApiValues.text(body.responseReason(), "responseReason", unreadable));
        String revises = ApiValues.text(body.revises(), "revises", unreadable);
        Instant seen = null;
        if (revises != null && !revises.isBlank()) {
            try {
                seen = Instant.parse(revises.trim());
            } catch (java.time.format.DateTimeParseException e) {
                unreadable.add(new FieldMessage("revises", "Enter revises as the triagedAt of the triage you read, such as 2026-11-20T14:30:00Z"));
            }
        }
        if (!unreadable.isEmpty()) {
            Set<String> fields = unreadable.stream().map(FieldMessage::field).collect(Collectors.toSet());
            List<FieldMessage> errors = new ArrayList<>(unreadable);
            triages.check(actor, id, command).stream().filter(f -> !fields.contains(f.field())).forEach(errors::add);
            throw new InvalidRequest(errors);
        }
        TriageView triage = body.revises() == null ? triages.triage(actor, id, command) : triages.triage(actor, id, command, seen);
        return TriageAnswer.of(triage, dutiesOf(actor, id));
    }

    /** A triage from a stale read answers 409 with the triage saved now, so the client can show it. */
    @ExceptionHandler(TriageChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(Actor actor, TriageChangedMeanwhile e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Changed by someone else");
        problem.setProperty("current", TriageAnswer.of(e.current(), dutiesOf(actor, e.current().eventId())));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping("/triage")
    TriageAnswer showTriage(Actor actor, @PathVariable UUID id) {
        TriageView triage = triages.find(actor, id).orElseThrow(() -> new NotFound("A triage of event " + id));
        return TriageAnswer.of(triage, dutiesOf(actor, id));
    }

    @GetMapping("/triage/history")
    List<TriageAnswer> listEarlierTriages(Actor actor, @PathVariable UUID id) {
        return triages.history(actor, id).stream().map(t -> TriageAnswer.of(t, List.of())).toList();
    }

    @GetMapping("/duties")
    PageOf<DutyAnswer> listDuties(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return DutyAnswer.page(dutiesOf(actor, id), PageOf.Request.of(page, size));
    }

    private List<DutyAnswer> dutiesOf(Actor actor, UUID eventId) {
        return duties.forEvent(actor, eventId).stream().map(DutyAnswer::of).toList();
    }
}
