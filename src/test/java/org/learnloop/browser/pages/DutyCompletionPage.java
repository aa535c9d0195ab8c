package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

/** Recording a statutory duty as done: when, how, and the regulator's reference. */
public final class DutyCompletionPage {

    private final Page page;

    public DutyCompletionPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("the duty completion form").matches(".*/duties/[0-9a-f-]{36}/completion$");
        page.locator("form[action$='/completion']").waitFor();
    }

    public String heading() {
        return page.textContent("main h1").trim();
    }

    public DutyCompletionPage method(String method) {
        page.fill("input[name=method]", method);
        return this;
    }

    public DutyCompletionPage reference(String reference) {
        page.fill("input[name=reference]", reference);
        return this;
    }

    public EventPage recordAsDone() {
        page.click("form[action$='/completion'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/events/[0-9a-f-]{36}$"));
        return new EventPage(page);
    }
}
