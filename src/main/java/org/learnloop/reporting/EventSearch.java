package org.learnloop.reporting;

import java.time.LocalDate;
import java.util.UUID;

import org.learnloop.shared.PageOf;

/** Filters for a list of events; every one is optional. Dates are London dates, inclusive. */
public record EventSearch(UUID serviceId, EventType type, Category category, LocalDate from, LocalDate to, String q,
        PageOf.Request page) {

    public static EventSearch all(PageOf.Request page) {
        return new EventSearch(null, null, null, null, null, null, page);
    }
}
