package org.learnloop.triage.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.reporting.EventView;
import org.learnloop.reporting.Events;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.review.LearningResponse;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.UkTime;
import org.learnloop.shared.web.Forms;
import org.learnloop.triage.TriageChangedMeanwhile;
import org.learnloop.triage.TriageView;
import org.learnloop.triage.Triages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The triage form: harm, risk and the learning response, first time or revised. */
@Controller
class TriageController {

    private static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final Triages triages;
    private final Events events;
    private final People people;
    private final Clock clock;

    TriageController(Triages triages, Events events, People people, Clock clock) {
        this.triages = triages;
        this.events = events;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/events/{id}/triage")
    String initTriageForm(Actor actor, @PathVariable UUID id, Model model) {
        EventView event = events.find(actor, id);
        if (!triages.mayTriage(actor, event)) {
            throw Forbidden.because("Your role cannot triage this event.");
        }
        var current = triages.find(actor, id);
        model.addAttribute("triageForm", current.map(TriageForm::revising).orElseGet(() -> TriageForm.startingFrom(event)));
        model.addAttribute("revising", current.isPresent());
        return prepare(actor, event, model);
    }

    @PostMapping("/events/{id}/triage")
    String processTriageForm(Actor actor, @PathVariable UUID id, @ModelAttribute TriageForm triageForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        EventView event = events.find(actor, id);
        boolean revising = triages.find(actor, id).isPresent();
        model.addAttribute("revising", revising);
        if (result.hasErrors()) {
            BindingResult kept = Forms.keep(model, triageForm, result);
            var missing = triages.check(actor, id, triageForm.toCommand()).stream()
                    .filter(f -> !kept.hasFieldErrors(f.field()))
                    .toList();
            if (!missing.isEmpty()) {
                Forms.reject(kept, new InvalidRequest(missing));
            }
            return prepare(actor, event, model);
        }
        try {
            triages.triage(actor, id, triageForm.toCommand(), triageForm.revises());
            redirect.addFlashAttribute("notice", revising ? "triage.revised" : "triage.saved");
            return "redirect:/events/" + id;
        } catch (TriageChangedMeanwhile e) {
            // Someone else triaged it since the form was opened: show theirs, keep these answers to save over it.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            TriageView current = e.current();
            model.addAttribute("revising", true);
            model.addAttribute("changedMeanwhile", current);
            var by = people.persons(actor.organisationId(), Set.of(current.triagedBy())).get(current.triagedBy());
            model.addAttribute("changedBy", by == null ? null : by.displayName());
            model.addAttribute("changedAt", TIME.format(current.triagedAt().atZone(UkTime.LONDON)));
            model.addAttribute("changedOn", UkTime.londonDate(current.triagedAt()).equals(UkTime.londonDate(clock.instant()))
                    ? null : UkTime.date(UkTime.londonDate(current.triagedAt())));
            model.addAttribute("triageForm", triageForm.revising(current.triagedAt()));
            return prepare(actor, event, model);
        } catch (InvalidRequest e) {
            Forms.reject(result, e);
            return prepare(actor, event, model);
        }
    }

    private String prepare(Actor actor, EventView event, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("service", people.service(actor.organisationId(), event.serviceId()).orElseThrow());
        model.addAttribute("physicalHarms", PhysicalHarm.values());
        model.addAttribute("psychologicalHarms", PsychologicalHarm.values());
        model.addAttribute("scale", SCALE);
        model.addAttribute("responses", LearningResponse.values());
        return "triage/triage-form";
    }
}
