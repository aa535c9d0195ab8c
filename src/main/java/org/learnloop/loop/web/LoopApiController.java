package org.learnloop.loop.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.learnloop.loop.EventList;
import org.learnloop.loop.EventStory;
import org.learnloop.loop.LoopGap;
import org.learnloop.loop.LoopRules;
import org.learnloop.loop.LoopStage;
import org.learnloop.loop.Loops;
import org.learnloop.loop.NeedsAttention;
import org.learnloop.people.Actor;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventSearch;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.EventView;
import org.learnloop.shared.PageOf;
import org.learnloop.triage.DutyView;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Events with their loop, through the API. */
@RestController
@RequestMapping("/api/v1")
class LoopApiController {

    private final Loops loops;
    private final EventList list;
    private final NeedsAttention attention;
    private final MessageSource messages;

    LoopApiController(Loops loops, EventList list, NeedsAttention attention, MessageSource messages) {
        this.loops = loops;
        this.list = list;
        this.attention = attention;
        this.messages = messages;
    }

    record Gap(LoopGap code, String description) {
    }

    record LoopJson(LoopStage stage, boolean closed, List<Gap> missing) {
    }

    record EventSummary(UUID id, String reference, UUID serviceId, EventType type, Category category,
            OffsetDateTime occurredAt, OffsetDateTime reportedAt, String summary, String physicalHarm,
            String psychologicalHarm, LoopStage status) {

        static EventSummary of(EventView e, LoopStage stage) {
            return new EventSummary(e.id(), e.reference(), e.serviceId(), e.type(), e.category(), utc(e.occurredAt()),
                    utc(e.reportedAt()), e.summary(), e.physicalHarm().name(), e.psychologicalHarm().name(), stage);
        }
    }

    record ReviewSummary(UUID id, String type, String status) {
    }

    record EventJson(UUID id, String reference, UUID serviceId, EventType type, Category category,
            OffsetDateTime occurredAt, OffsetDateTime reportedAt, boolean anonymous, String summary, String description,
            String immediateActions, String physicalHarm, String psychologicalHarm, List<EventView.Amendment> amendments,
            Object triage, List<DutyView> duties, List<ReviewSummary> reviews, LoopStage status, LoopJson loop) {
    }

    @GetMapping("/events")
    PageOf<EventSummary> listEvents(Actor actor, @RequestParam(required = false) UUID serviceId,
            @RequestParam(required = false) EventType type, @RequestParam(required = false) Category category,
            @RequestParam(required = false) LoopStage status, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return list.search(actor, new EventSearch(serviceId, type, category, from, to, q, PageOf.Request.of(page, size)), status)
                .map(row -> EventSummary.of(row.event(), row.loop().stage()));
    }

    @GetMapping("/events/{id}")
    EventJson showEvent(Actor actor, @PathVariable UUID id) {
        EventStory story = loops.story(actor, id);
        EventView e = story.event();
        return new EventJson(e.id(), e.reference(), e.serviceId(), e.type(), e.category(), utc(e.occurredAt()),
                utc(e.reportedAt()), e.anonymous(), e.summary(), e.description(), e.immediateActions(),
                e.physicalHarm().name(), e.psychologicalHarm().name(), e.amendments(), story.triage().orElse(null),
                story.duties(), story.reviews().stream()
                        .map(r -> new ReviewSummary(r.id(), r.type().name(), r.status().name())).toList(),
                story.loop().stage(), json(story.loop()));
    }

    @GetMapping("/events/{id}/loop")
    LoopJson showLoop(Actor actor, @PathVariable UUID id) {
        return json(loops.story(actor, id).loop());
    }

    @GetMapping("/attention")
    NeedsAttention.Attention showAttention(Actor actor) {
        return attention.of(actor);
    }

    private LoopJson json(LoopRules.Loop loop) {
        return new LoopJson(loop.stage(), loop.closed(), loop.missing().stream()
                .map(g -> new Gap(g, messages.getMessage("gap." + g.name(), null, g.name(), java.util.Locale.UK)))
                .toList());
    }

    private static OffsetDateTime utc(Instant instant) {
        return org.learnloop.shared.UkTime.utc(instant);
    }
}
