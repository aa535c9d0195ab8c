package org.learnloop.reporting.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

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
import org.learnloop.shared.web.DatabaseOutage;
import org.learnloop.shared.web.Forms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

    private static final Logger log = LoggerFactory.getLogger(ReportController.class);

    /** The session attribute holding the services the form last offered, for showing it again in an outage. */
    static final String OFFERED_SERVICES = "reporting.offeredServices";

    static final String NOT_SAVED = "Your report could not be saved just now, because Learnloop cannot reach its "
            + "records. Nothing you typed is lost: check it and send it again in a minute.";

    /** A service the form offers: its id and name, kept in the session. */
    record OfferedService(UUID id, String name) implements Serializable {
    }

    private final EventReporting reporting;
    private final People people;
    private final Clock clock;

    ReportController(EventReporting reporting, People people, Clock clock) {
        this.reporting = reporting;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/events/new")
    String initReportForm(Actor actor, Model model, HttpSession session) {
        var services = people.visibleServices(actor);
        var now = clock.instant().atZone(UkTime.LONDON);
        UUID only = services.size() == 1 ? services.get(0).id() : null;
        model.addAttribute("reportForm", ReportForm.blank(only, now.toLocalDate(), now.toLocalTime()));
        return prepare(actor, model, session);
    }

    /**
     * Takes the report. When the database cannot be reached, the form comes back with everything
     * typed and a message to send it again in a minute (the services offered are those the form
     * showed, remembered in the session), so a care worker never has to write it twice.
     */
    @PostMapping("/events")
    String processReportForm(Actor actor, @ModelAttribute ReportForm reportForm, BindingResult result, Model model,
            RedirectAttributes redirect, HttpSession session, HttpServletResponse response) {
        BindingResult form = Forms.keep(model, reportForm, result);
        try {
            return report(actor, reportForm, form, model, redirect, session);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            log.warn("Report kept on the form, the database being unavailable: {}", e.getMessage());
            form.reject("unavailable", NOT_SAVED);
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            Object offered = session.getAttribute(OFFERED_SERVICES);
            model.addAttribute("services", offered instanceof List<?> services ? services : List.of());
            return choices(model);
        }
    }

    private String report(Actor actor, ReportForm reportForm, BindingResult form, Model model,
            RedirectAttributes redirect, HttpSession session) {
        if (form.hasErrors()) {
            var missing = reporting.check(actor, reportForm.toCommand()).stream()
                    .map(f -> "occurredAt".equals(f.field()) ? new InvalidRequest.FieldMessage("occurredDate", f.message()) : f)
                    .filter(f -> !form.hasFieldErrors(f.field()))
                    .toList();
            if (!missing.isEmpty()) {
                Forms.reject(form, new InvalidRequest(missing));
            }
            return prepare(actor, model, session);
        }
        try {
            ReportedEvent reported = reporting.report(actor, reportForm.toCommand());
            redirect.addFlashAttribute("followUpCode", reported.followUpCode());
            redirect.addFlashAttribute("reference", reported.reference());
            return "redirect:/events/reported";
        } catch (InvalidRequest e) {
            Forms.reject(form, remap(e));
            return prepare(actor, model, session);
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

    private String prepare(Actor actor, Model model, HttpSession session) {
        List<OfferedService> services = people.visibleServices(actor).stream()
                .map(s -> new OfferedService(s.id(), s.name()))
                .toList();
        session.setAttribute(OFFERED_SERVICES, services);
        model.addAttribute("services", services);
        return choices(model);
    }

    private String choices(Model model) {
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
