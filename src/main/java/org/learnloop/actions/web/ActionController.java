package org.learnloop.actions.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.learnloop.actions.ActionPlans;
import org.learnloop.actions.ActionSearch;
import org.learnloop.actions.ActionStatus;
import org.learnloop.actions.ActionView;
import org.learnloop.actions.EarlierCompletion;
import org.learnloop.actions.web.ActionForms.CompletionForm;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.review.Finding;
import org.learnloop.review.Reviews;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.PageOf;
import org.learnloop.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's actions, one action, and recording it as done or verifying it. */
@Controller
class ActionController {

    static final int MINE = 100;
    static final int PAGE_SIZE = 50;

    private final ActionPlans plans;
    private final Reviews reviews;
    private final People people;

    ActionController(ActionPlans plans, Reviews reviews, People people) {
        this.plans = plans;
        this.reviews = reviews;
        this.people = people;
    }

    @GetMapping("/actions")
    String listActions(Actor actor, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, Model model) {
        ActionStatus filter = parse(status);
        var mine = plans.search(actor, new ActionSearch(actor.username(), null, null, new PageOf.Request(0, MINE)));
        model.addAttribute("mine", mine);
        model.addAttribute("status", filter);
        model.addAttribute("statuses", ActionStatus.values());
        Set<UUID> ids = new HashSet<>();
        mine.items().forEach(a -> ids.add(a.leadId()));
        if (actor.manages()) {
            int number = page == null || page < 0 ? 0 : page;
            var inServices = plans.search(actor, new ActionSearch(null, filter, null, new PageOf.Request(number, PAGE_SIZE)));
            inServices.items().forEach(a -> ids.add(a.leadId()));
            model.addAttribute("inServices", inServices);
            model.addAttribute("pages", Math.max(1, (inServices.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        }
        model.addAttribute("persons", people.persons(actor.organisationId(), ids));
        model.addAttribute("services", people.services(actor.organisationId()));
        return "actions/actions";
    }

    @GetMapping("/actions/{id}")
    String showAction(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("completionForm", new CompletionForm(null));
        return prepare(actor, plans.find(actor, id), model);
    }

    @PostMapping("/actions/{id}/completion")
    String processCompletionForm(Actor actor, @PathVariable UUID id, @ModelAttribute CompletionForm completionForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            plans.complete(actor, id, completionForm.evidence());
            redirect.addFlashAttribute("notice", "action.completedNotice");
            return "redirect:/actions/" + id;
        } catch (InvalidRequest e) {
            Forms.reject(result, e);
            return prepare(actor, plans.find(actor, id), model);
        }
    }

    @PostMapping("/actions/{id}/verification")
    String processVerification(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        plans.verify(actor, id);
        redirect.addFlashAttribute("notice", "action.verifiedNotice");
        return "redirect:/actions/" + id;
    }

    private String prepare(Actor actor, ActionView action, Model model) {
        var review = reviews.findVisible(actor, action.reviewId());
        Finding finding = review.flatMap(r -> r.findings().stream().filter(f -> f.id().equals(action.findingId())).findFirst())
                .orElse(null);
        List<EarlierCompletion> history = plans.history(actor, action.id());
        Set<UUID> ids = new HashSet<>();
        ids.add(action.leadId());
        addIfPresent(ids, action.completedBy());
        addIfPresent(ids, action.verifiedBy());
        for (EarlierCompletion earlier : history) {
            addIfPresent(ids, earlier.completedBy());
            addIfPresent(ids, earlier.verifiedBy());
            addIfPresent(ids, earlier.reopenedBy());
        }
        boolean lead = action.ledBy(actor.personId());
        model.addAttribute("action", action);
        model.addAttribute("reviewVisible", review.isPresent());
        model.addAttribute("finding", finding);
        model.addAttribute("history", history);
        model.addAttribute("persons", people.persons(actor.organisationId(), ids));
        model.addAttribute("service", people.service(actor.organisationId(), action.serviceId()).orElseThrow());
        model.addAttribute("isLead", lead);
        model.addAttribute("canComplete", lead && action.status() == ActionStatus.OPEN);
        model.addAttribute("canVerify", !lead && actor.manages() && action.status() == ActionStatus.COMPLETED);
        return "actions/action";
    }

    private static void addIfPresent(Set<UUID> ids, UUID id) {
        if (id != null) {
            ids.add(id);
        }
    }

    /** A filter from the address bar: an unknown status shows everything rather than an error. */
    private static ActionStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ActionStatus.valueOf(status.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
