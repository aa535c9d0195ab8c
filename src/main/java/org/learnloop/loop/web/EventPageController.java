package org.learnloop.loop.web;

import java.util.UUID;

import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.reporting.Events;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An event with its whole story, and the reporter's own list. */
@Controller
class EventPageController {

    private final Events events;
    private final People people;

    EventPageController(Events events, People people) {
        this.events = events;
        this.people = people;
    }

    @GetMapping("/my-reports")
    String listMyReports(Actor actor, Model model) {
        model.addAttribute("reports", events.reportedBy(actor, 100));
        model.addAttribute("services", people.services(actor.organisationId()));
        return "loop/my-reports";
    }

    @GetMapping("/events/{id}")
    String showEvent(Actor actor, @PathVariable UUID id, Model model) {
        var event = events.find(actor, id);
        model.addAttribute("event", event);
        model.addAttribute("service", people.service(actor.organisationId(), event.serviceId()).orElseThrow());
        return "loop/event";
    }
}
