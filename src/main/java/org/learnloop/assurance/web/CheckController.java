package org.learnloop.assurance.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.learnloop.actions.ActionPlans;
import org.learnloop.actions.ActionView;
import org.learnloop.assurance.CheckSearch;
import org.learnloop.assurance.CheckStatus;
import org.learnloop.assurance.CheckView;
import org.learnloop.assurance.EffectivenessChecks;
import org.learnloop.assurance.RecordVerdict;
import org.learnloop.assurance.Verdict;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.review.Finding;
import org.learnloop.review.ReviewView;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The manager's effectiveness checks: what is due and overdue, what was found, and recording a verdict. */
@Controller
class CheckController {

    static final int LIST_SIZE = 200;
    static final int DONE_SIZE = 50;

    private final EffectivenessChecks checks;
    private final ActionPlans actionPlans;
    private final Reviews reviews;
    private final People people;

    CheckController(EffectivenessChecks checks, ActionPlans actionPlans, Reviews reviews, People people) {
        this.checks = checks;
        this.actionPlans = actionPlans;
        this.reviews = reviews;
        this.people = people;
    }

    /** Recording the verdict of a check. */
    record ResultForm(Verdict verdict, String notes) {
    }

    @GetMapping("/checks")
    String listChecks(Actor actor, Model model) {
        var scheduled = checks.search(actor, new CheckSearch(CheckStatus.SCHEDULED, null, null,
                new PageOf.Request(0, LIST_SIZE)));
        var done = checks.search(actor, new CheckSearch(CheckStatus.DONE, null, null, new PageOf.Request(0, DONE_SIZE)));
        List<CheckView> all = new ArrayList<>(scheduled.items());
        all.addAll(done.items());
        model.addAttribute("overdue", scheduled.items().stream().filter(CheckView::overdue).toList());
        model.addAttribute("due", scheduled.items().stream().filter(c -> !c.overdue()).toList());
        model.addAttribute("done", done.items());
        model.addAttribute("actions", actionsOf(actor, all));
        model.addAttribute("services", people.services(actor.organisationId()));
        return "assurance/checks";
    }

    @GetMapping("/checks/{id}")
    String showCheck(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("resultForm", new ResultForm(null, null));
        return prepare(actor, checks.find(actor, id), model);
    }

    @PostMapping("/checks/{id}/result")
    String processResultForm(Actor actor, @PathVariable UUID id, @ModelAttribute ResultForm resultForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        RecordVerdict command = new RecordVerdict(resultForm.verdict(), resultForm.notes());
        if (result.hasErrors()) {
            BindingResult kept = Forms.keep(model, resultForm, result);
            var others = checks.check(actor, id, command).stream().filter(f -> !kept.hasFieldErrors(f.field())).toList();
            if (!others.isEmpty()) {
                Forms.reject(kept, new InvalidRequest(others));
            }
        } else {
            try {
                CheckView recorded = checks.record(actor, id, command);
                redirect.addFlashAttribute("notice", "check.recorded." + recorded.verdict());
                return "redirect:/checks/" + id;
            } catch (InvalidRequest e) {
                Forms.reject(result, e);
            }
        }
        return prepare(actor, checks.find(actor, id), model);
    }

    private String prepare(Actor actor, CheckView check, Model model) {
        ActionView action = actionPlans.find(actor, check.actionId());
        ReviewView review = reviews.find(actor, check.reviewId());
        Finding finding = review.findings().stream().filter(f -> f.id().equals(action.findingId())).findFirst().orElse(null);
        List<CheckView> earlier = checks.forActions(actor.organisationId(), List.of(action.id())).stream()
                .filter(c -> !c.id().equals(check.id()) && c.status() == CheckStatus.DONE)
                .toList();
        Set<UUID> ids = new HashSet<>();
        ids.add(action.leadId());
        if (action.verifiedBy() != null) {
            ids.add(action.verifiedBy());
        }
        if (check.recordedBy() != null) {
            ids.add(check.recordedBy());
        }
        earlier.stream().map(CheckView::recordedBy).filter(java.util.Objects::nonNull).forEach(ids::add);
        model.addAttribute("check", check);
        model.addAttribute("action", action);
        model.addAttribute("finding", finding);
        model.addAttribute("earlier", earlier);
        model.addAttribute("persons", people.persons(actor.organisationId(), ids));
        model.addAttribute("service", people.service(actor.organisationId(), check.serviceId()).orElseThrow());
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("canRecord", actor.manages() && check.status() == CheckStatus.SCHEDULED);
        return "assurance/check";
    }

    private java.util.Map<UUID, ActionView> actionsOf(Actor actor, List<CheckView> list) {
        Set<UUID> ids = list.stream().map(CheckView::actionId).collect(Collectors.toSet());
        return actionPlans.byIds(actor.organisationId(), ids).stream()
                .collect(Collectors.toMap(ActionView::id, Function.identity()));
    }
}
