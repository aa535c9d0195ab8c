package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One lesson: read and acknowledged by staff; published by a manager, who sees who has read it. */
public final class LessonPage {

    private final Page page;
    private final UUID id;

    public LessonPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("a lesson's page").matches(".*/lessons/[0-9a-f-]{36}$");
        this.id = UUID.fromString(page.url().replaceFirst(".*/lessons/", ""));
        page.locator("main h1").waitFor();
    }

    public static LessonPage open(Page page, UUID id) {
        page.navigate("/lessons/" + id);
        return new LessonPage(page);
    }

    /** The id, from the address it was shown at. */
    public UUID id() {
        return id;
    }

    public String title() {
        return page.textContent("main h1").trim();
    }

    /** Draft or Published. */
    public String status() {
        return page.locator("main h1 + p .govuk-tag").textContent().trim();
    }

    public String summary() {
        return page.textContent("main .govuk-body-l").trim();
    }

    public LessonPage publish() {
        page.click("form[action$='/publish'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/lessons/[0-9a-f-]{36}$"));
        return new LessonPage(page);
    }

    public LessonPage acknowledge() {
        page.click("form[action$='/acknowledgements'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/lessons/[0-9a-f-]{36}$"));
        return new LessonPage(page);
    }

    /** Whether the page tells the reader they have read and understood it. */
    public boolean saysAcknowledged() {
        return page.locator("main .govuk-panel--confirmation").isVisible();
    }

    private List<String> staffWhere(String selector) {
        return page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHas(page.locator(selector)))
                .locator("th").allTextContents().stream().map(String::trim).toList();
    }

    /** The staff who have read and understood it, by name, from the manager's table. */
    public List<String> acknowledgedBy() {
        return page.locator("main table tbody tr").filter(new Locator.FilterOptions()
                .setHasNot(page.locator(".govuk-tag"))).locator("th").allTextContents().stream().map(String::trim).toList();
    }

    /** The staff who have not yet, by name, from the manager's table. */
    public List<String> notYetBy() {
        return staffWhere(".govuk-tag");
    }
}
