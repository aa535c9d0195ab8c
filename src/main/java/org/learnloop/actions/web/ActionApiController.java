package org.learnloop.actions.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.learnloop.actions.ActionPlanView;
import org.learnloop.actions.ActionPlans;
import org.learnloop.actions.ActionSearch;
import org.learnloop.actions.ActionStatus;
import org.learnloop.actions.ActionStrength;
import org.learnloop.actions.ActionView;
import org.learnloop.actions.AddAction;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.people.PersonSummary;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Action plans through the API: add, list, complete and verify actions. */
@RestController
@RequestMapping("/api/v1")
class ActionApiController {

    private final ActionPlans plans;
    private final People people;

    ActionApiController(ActionPlans plans, People people) {
        this.plans = plans;
        this.people = people;
    }

    record AddRequest(String description, String leadUsername, LocalDate dueDate, ActionStrength strength,
            UUID findingId) {
    }

    record CompletionRequest(String evidence) {
    }

    record Person(String username, String displayName) {
    }

    record ActionJson(UUID id, UUID serviceId, UUID reviewId, UUID findingId, String description, Person lead,
            LocalDate dueDate, ActionStrength strength, ActionStatus status, String evidence, Instant completedAt,
            Instant verifiedAt, Person verifiedBy, boolean overdue) {
    }

    record PlanJson(UUID reviewId, boolean onlyWeaker, List<ActionJson> actions) {
    }

    @PostMapping("/reviews/{id}/actions")
    ResponseEntity<ActionJson> addAction(Actor actor, @PathVariable UUID id,
            @RequestBody(required = false) AddRequest request) {
        if (request == null) {
            throw InvalidRequest.of("body", "Send the action as a JSON object");
        }
        ActionView action = plans.add(actor, id, new AddAction(request.description(), request.leadUsername(),
                request.dueDate(), request.strength(), request.findingId()));
        return ResponseEntity.created(URI.create("/api/v1/actions/" + action.id())).body(json(actor, List.of(action)).get(0));
    }

    @GetMapping("/reviews/{id}/actions")
    PlanJson showActionPlan(Actor actor, @PathVariable UUID id) {
        ActionPlanView plan = plans.plan(actor, id);
        return new PlanJson(plan.reviewId(), plan.onlyWeaker(), json(actor, plan.actions()));
    }

    @GetMapping("/actions")
    PageOf<ActionJson> listActions(Actor actor, @RequestParam(required = false) String leadUsername,
            @RequestParam(required = false) ActionStatus status, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageOf<ActionView> found = plans.search(actor, new ActionSearch(leadUsername, status, overdue,
                PageOf.Request.of(page, size)));
        return new PageOf<>(json(actor, found.items()), found.page(), found.size(), found.total());
    }

    @GetMapping("/actions/{id}")
    ActionJson showAction(Actor actor, @PathVariable UUID id) {
        return json(actor, List.of(plans.find(actor, id))).get(0);
    }

    @PostMapping("/actions/{id}/completion")
    ActionJson completeAction(Actor actor, @PathVariable UUID id,
            @RequestBody(required = false) CompletionRequest request) {
        return json(actor, List.of(plans.complete(actor, id, request == null ? null : request.evidence()))).get(0);
    }

    @PostMapping("/actions/{id}/verification")
    ActionJson verifyAction(Actor actor, @PathVariable UUID id) {
        return json(actor, List.of(plans.verify(actor, id))).get(0);
    }

    private List<ActionJson> json(Actor actor, List<ActionView> actions) {
        Set<UUID> ids = new HashSet<>();
        for (ActionView a : actions) {
            ids.add(a.leadId());
            if (a.verifiedBy() != null) {
                ids.add(a.verifiedBy());
            }
        }
        Map<UUID, PersonSummary> persons = people.persons(actor.organisationId(), ids);
        return actions.stream()
                .map(a -> new ActionJson(a.id(), a.serviceId(), a.reviewId(), a.findingId(), a.description(),
                        person(persons.get(a.leadId())), a.dueDate(), a.strength(), a.status(), a.evidence(),
                        a.completedAt(), a.verifiedAt(), a.verifiedBy() == null ? null : person(persons.get(a.verifiedBy())),
                        a.overdue()))
                .toList();
    }

    private static Person person(PersonSummary p) {
        return p == null ? null : new Person(p.username(), p.displayName());
    }
}
