package org.learnloop.triage.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.reporting.EventView;
import org.learnloop.reporting.Events;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.UkTime;
import org.learnloop.shared.web.Forms;
import org.learnloop.triage.Duties;
import org.learnloop.triage.DutyStatus;
import org.learnloop.triage.DutyView;
import org.learnloop.triage.Triages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a statutory duty as done, with the facts the regulator's form asks, or dismissing it. */
@Controller
class DutyController {

    private final Duties duties;
    private final Triages triages;
    private final Events events;
    private final People people;
    private final Clock clock;

    DutyController(Duties duties, Triages triages, Events events, People people, Clock clock) {
        this.duties = duties;
        this.triages = triages;
        this.events = events;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/duties/{id}/completion")
    String initCompletionForm(Actor actor, @PathVariable UUID id, Model model) {
        DutyOfEvent found = dueDuty(actor, id);
        var now = clock.instant().atZone(UkTime.LONDON);
        model.addAttribute("completionForm", CompletionForm.blank(now.toLocalDate(), now.toLocalTime()));
        return prepareCompletion(actor, found, model);
    }

    @PostMapping("/duties/{id}/completion")
    String processCompletionForm(Actor actor, @PathVariable UUID id, @ModelAttribute CompletionForm completionForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        DutyOfEvent found = visibleDuty(actor, id);
        if (result.hasErrors()) {
            BindingResult kept = Forms.keep(model, completionForm, result);
            var missing = duties.checkCompletion(actor, id, completionForm.toCommand()).stream()
                    .map(DutyController::onForm)
                    .filter(f -> !kept.hasFieldErrors(f.field()))
                    .toList();
            if (!missing.isEmpty()) {
                Forms.reject(kept, new InvalidRequest(missing));
            }
            return prepareCompletion(actor, found, model);
        }
        try {
            duties.complete(actor, id, completionForm.toCommand());
            redirect.addFlashAttribute("notice", "duty.completed");
            return "redirect:/events/" + found.duty().eventId();
        } catch (InvalidRequest e) {
            Forms.reject(result, new InvalidRequest(e.errors().stream().map(DutyController::onForm).toList()));
            return prepareCompletion(actor, found, model);
        }
    }

    @GetMapping("/duties/{id}/dismissal")
    String initDismissalForm(Actor actor, @PathVariable UUID id, Model model) {
        DutyOfEvent found = dueDuty(actor, id);
        model.addAttribute("dismissalForm", new DismissalForm(null));
        return prepareDismissal(found, model);
    }

    @PostMapping("/duties/{id}/dismissal")
    String processDismissalForm(Actor actor, @PathVariable UUID id, @ModelAttribute DismissalForm dismissalForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        DutyOfEvent found = visibleDuty(actor, id);
        try {
            duties.dismiss(actor, id, dismissalForm.reason());
            redirect.addFlashAttribute("notice", "duty.dismissed");
            return "redirect:/events/" + found.duty().eventId();
        } catch (InvalidRequest e) {
            Forms.reject(result, e);
            return prepareDismissal(found, model);
        }
    }

    private record DutyOfEvent(DutyView duty, EventView event) {
    }

    private DutyOfEvent visibleDuty(Actor actor, UUID id) {
        DutyView duty = duties.find(actor, id);
        EventView event = events.find(actor, duty.eventId());
        if (!duties.mayAct(actor, event)) {
            throw Forbidden.because("Your role cannot record or dismiss this duty.");
        }
        return new DutyOfEvent(duty, event);
    }

    /** The forms open only for a duty that is still due; otherwise a clear message. */
    private DutyOfEvent dueDuty(Actor actor, UUID id) {
        DutyOfEvent found = visibleDuty(actor, id);
        if (found.duty().status() == DutyStatus.DONE) {
            throw InvalidRequest.of("status", "This duty is already recorded as done.");
        }
        if (found.duty().status() == DutyStatus.DISMISSED) {
            throw InvalidRequest.of("status", "This duty was dismissed.");
        }
        return found;
    }

    private String prepareCompletion(Actor actor, DutyOfEvent found, Model model) {
        model.addAttribute("duty", found.duty());
        model.addAttribute("event", found.event());
        model.addAttribute("service", people.service(actor.organisationId(), found.event().serviceId()).orElseThrow());
        model.addAttribute("triage", triages.find(actor, found.event().id()).orElse(null));
        model.addAttribute("today", LocalDate.now(clock.withZone(UkTime.LONDON)));
        return "triage/completion-form";
    }

    private String prepareDismissal(DutyOfEvent found, Model model) {
        model.addAttribute("duty", found.duty());
        model.addAttribute("event", found.event());
        return "triage/dismissal-form";
    }

    /** The command speaks of one instant; the form shows it as a date and a time. */
    private static InvalidRequest.FieldMessage onForm(InvalidRequest.FieldMessage f) {
        return "completedAt".equals(f.field()) ? new InvalidRequest.FieldMessage("completedDate", f.message()) : f;
    }
}
