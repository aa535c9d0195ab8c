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
        page.click("form:has(textarea[name=summary]) button[type=submit]");
        page.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}$"));
        return new ReviewPage(page);
    }

    public ReviewPage signOff() {
        page.click("form[action$='/sign-off'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}$"));
        return new ReviewPage(page);
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
