package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

/** The sign-in page, where every visit starts. */
public final class SignInPage {

    private final Page page;

    public SignInPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("the sign-in page").contains("/login");
        page.locator("#username").waitFor();
    }

    public static SignInPage open(Page page) {
        page.navigate("/login");
        return new SignInPage(page);
    }

    /** Signs in as a care worker, who starts the day on My reports. */
    public MyReportsPage signInAsCareWorker(String username, String password) {
        submit(username, password);
        page.waitForURL(Pattern.compile(".*/my-reports$"));
        return new MyReportsPage(page);
    }

    /** Signs in with a password that is not right, and stays here. */
    public SignInPage signInExpectingFailure(String username, String password) {
        submit(username, password);
        page.waitForURL(Pattern.compile(".*/login\\?error$"));
        return new SignInPage(page);
    }

    public List<String> errorSummary() {
        return page.locator(".govuk-error-summary__list a").allTextContents();
    }

    public boolean saysSignedOut() {
        return page.locator(".govuk-inset-text").isVisible();
    }

    private void submit(String username, String password) {
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("form button[type=submit]");
    }
}
