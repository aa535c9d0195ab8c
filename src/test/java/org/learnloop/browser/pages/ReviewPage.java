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
