package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Writing a lesson from a signed-off review: a title, what staff should know, and who it is for. */
public final class LessonFormPage {

    private final Page page;

    public LessonFormPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("the lesson form").matches(".*/lessons(/new\\?reviewId=.*)?$");
        page.locator("form[action$='/lessons']").waitFor();
    }

    public LessonFormPage title(String title) {
        page.fill("input[name=title]", title);
        return this;
    }

    public LessonFormPage summary(String summary) {
        page.fill("textarea[name=summary]", summary);
        return this;
    }

    /** The services ticked to share the lesson with, by name. */
    public List<String> sharedWith() {
        return page.locator(".govuk-checkboxes__item").filter(new Locator.FilterOptions()
                .setHas(page.locator("input[name=serviceIds]:checked"))).allTextContents().stream()
                .map(String::trim).toList();
    }

    public LessonPage save() {
        page.click("form[action$='/lessons'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/lessons/[0-9a-f-]{36}$"));
        return new LessonPage(page);
    }
}
