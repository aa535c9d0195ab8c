package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

/** Opening a learning review of an event: the kind of response (from the triage) and who leads it. */
public final class OpenReviewPage {

    private final Page page;

    public OpenReviewPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("the form to open a review").contains("/reviews/new");
        page.locator("form[action$='/reviews']").waitFor();
    }

    /** The kind of learning response chosen, as the value of the checked radio. */
    public String chosenType() {
        return page.locator("input[name=type]:checked").getAttribute("value");
    }

    /** The username of the lead chosen. */
    public String chosenLead() {
        return page.inputValue("select[name=leadUsername]");
    }

    public ReviewPage open() {
        page.click("form[action$='/reviews'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}$"));
        return new ReviewPage(page);
    }
}
