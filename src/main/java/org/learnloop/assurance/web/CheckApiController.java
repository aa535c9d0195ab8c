package org.learnloop.assurance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.learnloop.assurance.CheckSearch;
import org.learnloop.assurance.CheckStatus;
import org.learnloop.assurance.CheckView;
import org.learnloop.assurance.EffectivenessChecks;
import org.learnloop.assurance.RecordVerdict;
import org.learnloop.assurance.Verdict;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.people.PersonSummary;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.PageOf;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Effectiveness checks through the API: list them, read one, record its verdict. */
@RestController
@RequestMapping("/api/v1/checks")
class CheckApiController {

    private final EffectivenessChecks checks;
    private final People people;

    CheckApiController(EffectivenessChecks checks, People people) {
        this.checks = checks;
        this.people = people;
    }

    record ResultRequest(Verdict verdict, String notes) {
    }

    record Person(String username, String displayName) {
    }

    record CheckJson(UUID id, UUID serviceId, UUID actionId, UUID reviewId, LocalDate dueDate, CheckStatus status,
            Verdict verdict, String notes, Person recordedBy, Instant recordedAt, boolean overdue) {
    }

    /** {@code dueDate}: checks due on or before that date. */
    @GetMapping
    PageOf<CheckJson> listChecks(Actor actor, @RequestParam(required = false) CheckStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            @RequestParam(required = false) UUID actionId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageOf<CheckView> found = checks.search(actor, new CheckSearch(status, dueDate, actionId,
                PageOf.Request.of(page, size)));
        return new PageOf<>(json(actor, found.items()), found.page(), found.size(), found.total());
    }

    @GetMapping("/{id}")
    CheckJson showCheck(Actor actor, @PathVariable UUID id) {
        return json(actor, List.of(checks.find(actor, id))).get(0);
    }

    @PostMapping("/{id}/result")
    CheckJson recordResult(Actor actor, @PathVariable UUID id, @RequestBody(required = false) ResultRequest request) {
        if (request == null) {
            throw InvalidRequest.of("body", "Send the verdict as a JSON object");
        }
        return json(actor, List.of(checks.record(actor, id, new RecordVerdict(request.verdict(), request.notes())))).get(0);
    }

    private List<CheckJson> json(Actor actor, List<CheckView> views) {
        Set<UUID> ids = new HashSet<>();
        views.stream().map(CheckView::recordedBy).filter(java.util.Objects::nonNull).forEach(ids::add);
        Map<UUID, PersonSummary> persons = people.persons(actor.organisationId(), ids);
        return views.stream()
                .map(c -> {
                    PersonSummary by = c.recordedBy() == null ? null : persons.get(c.recordedBy());
                    return new CheckJson(c.id(), c.serviceId(), c.actionId(), c.reviewId(), c.dueDate(), c.status(),
                            c.verdict(), c.notes(), by == null ? null : new Person(by.username(), by.displayName()),
                            c.recordedAt(), c.overdue());
                })
                .toList();
    }
}
