package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The manager's effectiveness checks: overdue, due and done. */
public final class ChecksPage {

    private final Page page;

    public ChecksPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("Effectiveness checks").endsWith("/checks");
        page.locator("main h1").waitFor();
    }

    public static ChecksPage open(Page page) {
        page.navigate("/checks");
        return new ChecksPage(page);
    }

    private Locator checkOf(String action) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(action).setExact(true));
    }

    /**
     * Checks are scheduled after an action is verified, a moment later and apart from the
     * verification itself: reloads the page, a few times a second, until the check of that action
     * shows or {@code patience} runs out. Answers whether it showed.
     */
    public boolean waitForCheckOf(String action, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (checkOf(action).count() == 0 && Instant.now().isBefore(deadline)) {
            page.waitForTimeout(250);
            page.reload();
            page.locator("main h1").waitFor();
        }
        return checkOf(action).count() > 0;
    }

    public CheckPage openCheckOf(String action) {
        checkOf(action).first().click();
        page.waitForURL(Pattern.compile(".*/checks/[0-9a-f-]{36}$"));
        return new CheckPage(page);
    }
}
