package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

/** The confirmation after a report: its reference, and for an anonymous report a private code. */
public final class ReportedPage {

    private final Page page;

    public ReportedPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("the confirmation").endsWith("/events/reported");
        page.locator(".govuk-panel--confirmation").waitFor();
    }

    public String reference() {
        return page.textContent("#reference").trim();
    }

    public boolean showsFollowUpCode() {
        return page.locator("#follow-up-code").isVisible();
    }

    public MyReportsPage seeMyReports() {
        page.click("main a[href$='/my-reports']");
        page.waitForURL(Pattern.compile(".*/my-reports$"));
        return new MyReportsPage(page);
    }
}
