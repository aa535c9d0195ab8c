package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

/** One action: what will change, who leads it, by when; recording it as done and verifying it. */
public final class ActionPage {

    private final Page page;
    private final UUID id;

    public ActionPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("an action's page").matches(".*/actions/[0-9a-f-]{36}$");
        this.id = UUID.fromString(page.url().replaceFirst(".*/actions/", ""));
        page.locator("main h1").waitFor();
    }

    public static ActionPage open(Page page, UUID id) {
        page.navigate("/actions/" + id);
        return new ActionPage(page);
    }

    /** The id, from the address it was shown at. */
    public UUID id() {
        return id;
    }

    /** The status tag: Open, Completed, Verified. */
    public String status() {
        return page.locator("main h1 + p .govuk-tag").first().textContent().trim();
    }

    public boolean canComplete() {
        return page.locator("form[action$='/completion']").count() == 1;
    }

    public boolean canVerify() {
        return page.locator("form[action$='/verification']").count() == 1;
    }

    public ActionPage completeWith(String evidence) {
        page.fill("textarea[name=evidence]", evidence);
        page.click("form[action$='/completion'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/actions/[0-9a-f-]{36}$"));
        return new ActionPage(page);
    }

    public ActionPage verify() {
        page.click("form[action$='/verification'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/actions/[0-9a-f-]{36}$"));
        return new ActionPage(page);
    }
}
