package org.learnloop.actions.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.learnloop.actions.ActionPlanView;
import org.learnloop.actions.ActionPlans;
import org.learnloop.actions.ActionStrength;
import org.learnloop.actions.ActionView;
import org.learnloop.actions.web.ActionForms.AddActionForm;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.people.PersonSummary;
import org.learnloop.people.Role;
import org.learnloop.review.Finding;
import org.learnloop.review.ReviewView;
import org.learnloop.review.Reviews;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A review's action plan: each finding with the actions that answer it, and the form to add one. */
@Controller
class ActionPlanController {

    private final ActionPlans plans;
    private final Reviews reviews;
    private final People people;

    ActionPlanController(ActionPlans plans, Reviews reviews, People people) {
        this.plans = plans;
        this.reviews = reviews;
        this.people = people;
    }

    @GetMapping("/reviews/{id}/actions")
    String showActionPlan(Actor actor, @PathVariable UUID id, Model model) {
        ReviewView review = reviews.find(actor, id);
        model.addAttribute("addActionForm",
                AddActionForm.blank(review.findings().size() == 1 ? review.findings().get(0).id() : null));
        return prepare(actor, review, model);
    }

    @PostMapping("/reviews/{id}/actions")
    String processAddActionForm(Actor actor, @PathVariable UUID id, @ModelAttribute AddActionForm addActionForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        ReviewView review = reviews.find(actor, id);
        if (result.hasErrors()) {
            BindingResult kept = Forms.keep(model, addActionForm, result);
            var others = plans.check(actor, id, addActionForm.toCommand()).stream()
                    .filter(f -> !kept.hasFieldErrors(f.field()))
                    .toList();
            if (!others.isEmpty()) {
                Forms.reject(kept, new InvalidRequest(others));
            }
            return prepare(actor, review, model);
        }
        try {
            plans.add(actor, id, addActionForm.toCommand());
            redirect.addFlashAttribute("notice", "actionPlan.added");
            return "redirect:/reviews/" + id + "/actions";
        } catch (InvalidRequest e) {
            Forms.reject(result, e);
            return prepare(actor, review, model);
        }
    }

    private String prepare(Actor actor, ReviewView review, Model model) {
        ActionPlanView plan = plans.plan(actor, review.id());
        Map<UUID, List<ActionView>> byFinding = new LinkedHashMap<>();
        for (Finding finding : review.findings()) {
            byFinding.put(finding.id(), new ArrayList<>());
        }
        plan.actions().forEach(a -> byFinding.computeIfAbsent(a.findingId(), k -> new ArrayList<>()).add(a));
        boolean canAdd = actor.manages() && review.signedOff();
        List<PersonSummary> leads = canAdd ? leadsFor(actor, review.serviceId()) : List.of();
        Set<UUID> ids = new HashSet<>();
        plan.actions().forEach(a -> ids.add(a.leadId()));
        model.addAttribute("review", review);
        model.addAttribute("plan", plan);
        model.addAttribute("actionsByFinding", byFinding);
        model.addAttribute("persons", people.persons(actor.organisationId(), ids));
        model.addAttribute("service", people.service(actor.organisationId(), review.serviceId()).orElseThrow());
        model.addAttribute("canAdd", canAdd);
        model.addAttribute("leads", leads);
        model.addAttribute("strengths", ActionStrength.values());
        return "actions/action-plan";
    }

    /** The staff of the review's service, care workers last, with the manager adding the action among them. */
    private List<PersonSummary> leadsFor(Actor actor, UUID serviceId) {
        List<PersonSummary> leads = new ArrayList<>(people.staffOf(actor.organisationId(), List.of(serviceId)));
        if (leads.stream().noneMatch(p -> p.id().equals(actor.personId()))) {
            leads.add(new PersonSummary(actor.personId(), actor.username(), actor.displayName(), actor.role()));
        }
        leads.sort(Comparator.comparing((PersonSummary p) -> p.role() == Role.CARE_WORKER)
                .thenComparing(PersonSummary::displayName));
        return leads;
    }
}
