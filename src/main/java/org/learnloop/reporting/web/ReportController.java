package org.learnloop.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventReporting;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.reporting.ReportedEvent;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.UkTime;
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

/** The report form, its confirmation, and adding later information to an event. */
@Controller
class ReportController {

    private final EventReporting reporting;
    private final People people;
    private final Clock clock;

    ReportController(EventReporting reporting, People people, Clock clock) {
        this.reporting = reporting;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/events/new")
    String initReportForm(Actor actor, Model model) {
        var services = people.visibleServices(actor);
        var now = clock.instant().atZone(UkTime.LONDON);
        UUID only = services.size() == 1 ? services.get(0).id() : null;
        model.addAttribute("reportForm", ReportForm.blank(only, now.toLocalDate(), now.toLocalTime()));
        return prepare(actor, model);
    }

    @PostMapping("/events")
    String processReportForm(Actor actor, @ModelAttribute ReportForm reportForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            BindingResult kept = Forms.keep(model, reportForm, result);
            var missing = reporting.check(actor, reportForm.toCommand()).stream()
                    .map(f -> "occurredAt".equals(f.field()) ? new InvalidRequest.FieldMessage("occurredDate", f.message()) : f)
                    .filter(f -> !kept.hasFieldErrors(f.field()))
                    .toList();
            if (!missing.isEmpty()) {
                Forms.reject(kept, new InvalidRequest(missing));
            }
            return prepare(actor, model);
        }
        try {
            ReportedEvent reported = reporting.report(actor, reportForm.toCommand());
            redirect.addFlashAttribute("followUpCode", reported.followUpCode());
            redirect.addFlashAttribute("reference", reported.reference());
            return "redirect:/events/reported";
        } catch (InvalidRequest e) {
            Forms.reject(result, remap(e));
            return prepare(actor, model);
        }
    }

    @GetMapping("/events/reported")
    String showReported(Model model) {
        if (!model.containsAttribute("reference")) {
            return "redirect:/my-reports";
        }
        return "reporting/reported";
    }

    @PostMapping("/events/{id}/amendments")
    String processAmendment(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        try {
            reporting.amend(actor, id, text);
            redirect.addFlashAttribute("notice", "amendment.added");
        } catch (InvalidRequest e) {
            redirect.addFlashAttribute("amendmentError", e.getMessage());
        }
        return "redirect:/events/" + id;
    }

    private String prepare(Actor actor, Model model) {
        model.addAttribute("services", people.visibleServices(actor));
        model.addAttribute("types", EventType.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("physicalHarms", PhysicalHarm.values());
        model.addAttribute("psychologicalHarms", PsychologicalHarm.values());
        model.addAttribute("today", LocalDate.now(clock.withZone(UkTime.LONDON)));
        return "reporting/report-form";
    }

    /** The command speaks of one instant; the form shows it as a date field. */
    private static InvalidRequest remap(InvalidRequest e) {
        return new InvalidRequest(e.errors().stream()
                .map(f -> "occurredAt".equals(f.field()) ? new InvalidRequest.FieldMessage("occurredDate", f.message()) : f)
                .toList());
    }

}
