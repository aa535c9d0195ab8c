package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What needs the manager's attention today: events to triage, duties due, reviews, checks, lessons. */
public final class AttentionPage {

    private final Page page;

    public AttentionPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("Needs attention").endsWith("/attention");
        page.locator("main h1").waitFor();
    }

    public static AttentionPage open(Page page) {
        page.navigate("/attention");
        return new AttentionPage(page);
    }

    /** References of the events waiting for triage. */
    public List<String> toTriage() {
        return page.locator("main table").first().locator("tbody tr td:first-child a").allTextContents().stream()
                .map(String::trim).toList();
    }

    public EventPage openEvent(String reference) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference).setExact(true)).first().click();
        page.waitForURL(Pattern.compile(".*/events/[0-9a-f-]{36}$"));
        return new EventPage(page);
    }
}
