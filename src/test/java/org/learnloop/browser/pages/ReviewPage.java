package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import org.learnloop.review.ContributoryFactor;

/** A learning review: written up while a draft, then signed off; then its action plan and lesson. */
public final class ReviewPage {

    private final Page page;

    public ReviewPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("a review's page").matches(".*/reviews/[0-9a-f-]{36}$");
        page.locator("main h1").waitFor();
    }

    public String status() {
        return page.locator("main h1 + p .govuk-tag").textContent().trim();
    }

    public ReviewPage whatHappened(String summary) {
        page.fill("textarea[name=summary]", summary);
        return this;
    }

    public ReviewPage factor(ContributoryFactor factor) {
        page.check("input[name=contributoryFactors][value=" + factor.name() + "]");
        return this;
    }

    /** Writes the first empty finding box. */
    public ReviewPage finding(String text) {
        var empty = page.locator("textarea[name=findingText]").all().stream()
                .filter(box -> box.inputValue().isBlank()).findFirst().orElseThrow();
        empty.fill(text);
        return this;
    }

    public ReviewPage save() {
        page.click("form:has(textarea[name=summary]) button[type=submit]:not([formaction])");
        page.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}$"));
        return new ReviewPage(page);
    }

    /** Signs the review off; what is written in the form is saved first. */
    public ReviewPage signOff() {
        page.click("button[type=submit][formaction$='/sign-off']");
        page.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}$"));
        return new ReviewPage(page);
    }

    /** Tries to sign the review off with something missing, and stays on the review with an error summary. */
    public ReviewPage signOffExpectingErrors() {
        page.click("button[type=submit][formaction$='/sign-off']");
        page.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}/sign-off$"));
        page.locator(".govuk-error-summary").waitFor();
        return this;
    }

    /**
     * Saves when someone else has saved the review since this page was opened: the page stays on
     * the review, with the error summary and what changed.
     */
    public ReviewPage saveExpectingChangedMeanwhile() {
        page.click("form:has(textarea[name=summary]) button[type=submit]:not([formaction])");
        page.locator("#what-changed").waitFor();
        return this;
    }

    /** What the error summary says, one line per link. */
    public List<String> errorSummary() {
        return page.locator(".govuk-error-summary__list a").allTextContents().stream().map(String::trim).toList();
    }

    /** The headings of the columns of the "What changed" table: the change, theirs, yours. */
    public List<String> changeColumns() {
        return page.locator("#what-changed ~ table thead th").allTextContents().stream().map(String::trim).toList();
    }

    /** Each row of the "What changed" table as "change | saved | yours". */
    public List<String> changes() {
        return page.locator("#what-changed ~ table tbody tr").all().stream()
                .map(row -> String.join(" | ", row.locator("th, td").allTextContents().stream().map(String::trim).toList()))
                .toList();
    }

    /** What the finding boxes hold, blank ones left out. */
    public List<String> findingBoxes() {
        return page.locator("textarea[name=findingText]").all().stream().map(box -> box.inputValue().trim())
                .filter(text -> !text.isEmpty()).toList();
    }

    /** Whether this factor is ticked in the form. */
    public boolean ticked(ContributoryFactor factor) {
        return page.isChecked("input[name=contributoryFactors][value=" + factor.name() + "]");
    }

    /** Where each link of the error summary goes: {@code #summary}, {@code #findings}... */
    public List<String> errorSummaryTargets() {
        return page.locator(".govuk-error-summary__list a").all().stream().map(a -> a.getAttribute("href")).toList();
    }

    /** The ids of the fields and groups that show an error message by them. */
    public List<String> fieldsInError() {
        return page.locator(".govuk-error-message").all().stream()
                .map(m -> m.getAttribute("id").replaceFirst("-error$", "")).toList();
    }

    /** What the "What happened" box holds. */
    public String whatHappened() {
        return page.inputValue("textarea[name=summary]");
    }

    /** The findings, as shown once the review is signed off. */
    public List<String> findings() {
        return page.locator("main ol.govuk-list--number li").allTextContents().stream().map(String::trim).toList();
    }

    public ActionPlanPage actionPlan() {
        page.click("main a[href$='/actions']");
        page.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}/actions$"));
        return new ActionPlanPage(page);
    }

    public LessonFormPage writeLesson() {
        page.click("main a[href*='/lessons/new']");
        page.waitForURL(Pattern.compile(".*/lessons/new\\?reviewId=.*"));
        return new LessonFormPage(page);
    }
}
