package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The lessons shared with a person: to read, and read. */
public final class LessonsPage {

    private final Page page;

    public LessonsPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("Lessons").endsWith("/lessons");
        page.locator("main h1").waitFor();
    }

    /** Titles of the lessons still to read. */
    public List<String> toRead() {
        return page.locator("main a[aria-describedby^='to-read-']").allTextContents().stream().map(String::trim).toList();
    }

    public LessonPage open(String title) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true)).first().click();
        page.waitForURL(Pattern.compile(".*/lessons/[0-9a-f-]{36}$"));
        return new LessonPage(page);
    }
}
