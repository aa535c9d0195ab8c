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

    /** Signs in as a manager or a quality lead, who start the day on Needs attention. */
    public AttentionPage signInAsManager(String username, String password) {
        submit(username, password);
        page.waitForURL(Pattern.compile(".*/attention$"));
        return new AttentionPage(page);
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

    /** What the username field holds. */
    public String username() {
        return page.inputValue("#username");
    }

    /** The error message shown by the username field, without its hidden "Error:" prefix; empty if none. */
    public String usernameError() {
        var message = page.locator("#username-error");
        return message.count() == 0 ? "" : message.textContent().replaceFirst("^\\s*Error:", "").trim();
    }

    /** Whether the username field is marked as in error, for the eye and for a screen reader. */
    public boolean usernameMarkedInError() {
        var field = page.locator("#username");
        return String.valueOf(field.getAttribute("class")).contains("govuk-input--error")
                && String.valueOf(field.getAttribute("aria-describedby")).contains("username-error");
    }

    public boolean saysSignedOut() {
        return page.locator(".govuk-inset-text").isVisible();
    }

    /** Fills in and sends the form; a null username leaves the field as it is. */
    private void submit(String username, String password) {
        if (username != null) {
            page.fill("#username", username);
        }
        page.fill("#password", password);
        page.click("form button[type=submit]");
    }
}
