package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One event with its story so far, at {@code /events/{id}}. */
public final class EventPage {

    private final Page page;

    public EventPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("an event's page").matches(".*/events/[0-9a-f-]{36}$");
        page.locator("main .govuk-summary-list").waitFor();
    }

    public static EventPage open(Page page, UUID id) {
        page.navigate("/events/" + id);
        return new EventPage(page);
    }

    public String heading() {
        return page.textContent("main h1").replaceAll("\\s+", " ").trim();
    }

    public String service() {
        return page.textContent("main .govuk-caption-l").trim();
    }

    /** The value of the summary list row whose key is {@code key}, as shown. */
    public String value(String key) {
        return page.locator(".govuk-summary-list__row")
                .filter(new Locator.FilterOptions().setHas(page.locator(".govuk-summary-list__key",
                        new Page.LocatorOptions().setHasText(key))))
                .locator(".govuk-summary-list__value").textContent().trim();
    }
}
