package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import org.learnloop.assurance.Verdict;

/** One effectiveness check: the action it looks at, and the verdict on whether the change stuck. */
public final class CheckPage {

    private final Page page;

    public CheckPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("an effectiveness check").matches(".*/checks/[0-9a-f-]{36}$");
        page.locator("main h1").waitFor();
    }

    public CheckPage record(Verdict verdict, String notes) {
        page.check("input[name=verdict][value=" + verdict.name() + "]");
        page.fill("textarea[name=notes]", notes);
        page.click("form[action$='/result'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/checks/[0-9a-f-]{36}$"));
        return new CheckPage(page);
    }

    /** The verdict's tag under the heading, once recorded. */
    public String verdict() {
        return page.locator("main h1 + p .govuk-tag").last().textContent().trim();
    }
}
