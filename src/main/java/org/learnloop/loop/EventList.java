package org.learnloop.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.learnloop.people.Actor;
import org.learnloop.reporting.EventSearch;
import org.learnloop.reporting.EventView;
import org.learnloop.reporting.Events;
import org.learnloop.shared.PageOf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of events with their loop stage: the events list, My reports and the follow-up of an
 * anonymous report. Filtering by stage looks through the newest {@value #STAGE_WINDOW} events
 * that match the other filters, since the stage is derived rather than stored.
 */
@Service
@Transactional(readOnly = true)
public class EventList {

    static final int STAGE_WINDOW = 2_000;

    private final Events events;
    private final Loops loops;

    EventList(Events events, Loops loops) {
        this.events = events;
        this.loops = loops;
    }

    /** An event in a list, with where its loop is. */
    public record Row(EventView event, LoopRules.Loop loop) {
    }

    public PageOf<Row> search(Actor actor, EventSearch search, LoopStage stage) {
        if (stage == null) {
            PageOf<EventView> page = events.search(actor, search);
            Map<java.util.UUID, LoopRules.Loop> found = loops.loops(actor.organisationId(), Loops.ids(page.items()));
            return page.map(e -> new Row(e, found.get(e.id())));
        }
        List<EventView> window = new ArrayList<>();
        for (int page = 0; window.size() < STAGE_WINDOW; page++) {
            List<EventView> items = events.search(actor, new EventSearch(search.serviceId(), search.type(),
                    search.category(), search.from(), search.to(), search.q(), new PageOf.Request(page, PageOf.MAX_SIZE)))
                    .items();
            window.addAll(items);
            if (items.size() < PageOf.MAX_SIZE) {
                break;
            }
        }
        Map<java.util.UUID, LoopRules.Loop> found = loops.loops(actor.organisationId(), Loops.ids(window));
        List<Row> matching = new ArrayList<>();
        for (EventView e : window) {
            if (found.get(e.id()).stage() == stage) {
                matching.add(new Row(e, found.get(e.id())));
            }
        }
        int from = (int) Math.min(search.page().offset(), matching.size());
        int to = Math.min(from + search.page().size(), matching.size());
        return new PageOf<>(matching.subList(from, to), search.page().page(), search.page().size(), matching.size());
    }

    public List<Row> reportedBy(Actor actor) {
        List<EventView> mine = events.reportedBy(actor, 200);
        Map<java.util.UUID, LoopRules.Loop> found = loops.loops(actor.organisationId(), Loops.ids(mine));
        return mine.stream().map(e -> new Row(e, found.get(e.id()))).toList();
    }
}
