package org.learnloop.loop.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.learnloop.loop.EventList;
import org.learnloop.loop.LoopStage;
import org.learnloop.loop.Loops;
import org.learnloop.loop.NeedsAttention;
import org.learnloop.people.Actor;
import org.learnloop.people.People;
import org.learnloop.people.Role;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventReporting;
import org.learnloop.reporting.EventSearch;
import org.learnloop.reporting.EventType;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages that look across the loop: an event's story, lists of events, and what needs attention. */
@Controller
class EventPageController {

    private static final int PAGE_SIZE = 50;

    private final Loops loops;
    private final EventList list;
    private final NeedsAttention attention;
    private final EventReporting reporting;
    private final People people;
    private final MessageSource messages;

    EventPageController(Loops loops, EventList list, NeedsAttention attention, EventReporting reporting, People people,
            MessageSource messages) {
        this.messages = messages;
        this.loops = loops;
        this.list = list;
        this.attention = attention;
        this.reporting = reporting;
        this.people = people;
    }

    @GetMapping("/my-reports")
    String listMyReports(Actor actor, Model model) {
        model.addAttribute("reports", list.reportedBy(actor));
        return "loop/my-reports";
    }

    @GetMapping("/events/{id}")
    String showEvent(Actor actor, @PathVariable UUID id, Model model) {
        var story = loops.story(actor, id);
        model.addAttribute("story", story);
        model.addAttribute("event", story.event());
        boolean guardianOfConcern = actor.is(Role.SPEAK_UP_GUARDIAN);
        model.addAttribute("canManage", actor.manages() || guardianOfConcern);
        return "loop/event";
    }

    /** Criteria of the events list, as typed in its filter form. */
    record Filter(UUID serviceId, EventType type, Category category, LoopStage stage, LocalDate from, LocalDate to,
            String q, Integer page) {

        EventSearch toSearch() {
            return new EventSearch(serviceId, type, category, from, to, q, PageOf.Request.of(page, PAGE_SIZE));
        }
    }

    @GetMapping("/events")
    String listEvents(Actor actor, Filter filter, BindingResult filterResult, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("services", people.visibleServices(actor));
        model.addAttribute("types", EventType.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("stages", LoopStage.values());
        try {
            if (filterResult.hasFieldErrors()) {
                throw InvalidRequest.of(filterResult.getFieldError().getField(),
                        messages.getMessage(filterResult.getFieldError(), Locale.UK));
            }
            model.addAttribute("results", list.search(actor, filter.toSearch(), filter.stage()));
        } catch (InvalidRequest e) {
            model.addAttribute("filterError", e.getMessage());
            model.addAttribute("results", new PageOf<>(java.util.List.of(), 0, PAGE_SIZE, 0));
        }
        return "loop/events";
    }

    @GetMapping("/attention")
    String showAttention(Actor actor, Model model) {
        model.addAttribute("attention", attention.of(actor));
        return "loop/attention";
    }

    @GetMapping("/follow-up")
    String initFollowUp(Model model) {
        return "loop/follow-up";
    }

    @PostMapping("/follow-up")
    String processFollowUp(Actor actor, @RequestParam(required = false) String code, Model model) {
        try {
            var event = reporting.followUp(actor, code);
            model.addAttribute("followed", event);
            model.addAttribute("loop", loops.loops(actor.organisationId(), java.util.List.of(event.id())).get(event.id()));
        } catch (InvalidRequest e) {
            model.addAttribute("codeError", e.getMessage());
        } catch (org.learnloop.shared.NotFound e) {
            model.addAttribute("codeError", "No report has that code. Check it and try again.");
        }
        model.addAttribute("code", code);
        return "loop/follow-up";
    }
}
