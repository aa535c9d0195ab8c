package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The reporter's own list: what they reported and where each report has got to. */
public final class MyReportsPage {

    private final Page page;

    public MyReportsPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("My reports").endsWith("/my-reports");
        page.locator("h1").waitFor();
    }

    public static MyReportsPage open(Page page) {
        page.navigate("/my-reports");
        return new MyReportsPage(page);
    }

    public ReportFormPage reportSomething() {
        page.click("main a.govuk-button[href$='/events/new']");
        page.waitForURL(Pattern.compile(".*/events/new$"));
        return new ReportFormPage(page);
    }

    /** The references in the table, newest first. */
    public List<String> references() {
        return page.locator("main table tbody tr td:first-child a").allTextContents();
    }

    /** The stage shown beside one report. */
    public String stageOf(String reference) {
        return page.locator("main table tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.getByText(reference, new Page.GetByTextOptions().setExact(true))))
                .locator(".govuk-tag").textContent().trim();
    }

    public EventPage openReport(String reference) {
        page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(reference).setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/events/[0-9a-f-]{36}$"));
        return new EventPage(page);
    }

    /** Opens the menu where a phone folds it away; answers whether it had to. */
    public boolean openMenu() {
        var toggle = page.locator(".govuk-service-navigation__toggle");
        if (!toggle.isVisible()) {
            return false;
        }
        toggle.click();
        page.locator("#navigation").waitFor();
        return true;
    }

    public SignInPage signOut() {
        var signOut = page.locator("form[action$='/logout'] button[type=submit]");
        if (!signOut.isVisible()) {
            openMenu();
        }
        signOut.click();
        page.waitForURL(Pattern.compile(".*/login\\?signedOut$"));
        return new SignInPage(page);
    }
}
