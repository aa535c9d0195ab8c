package org.learnloop.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A person's actions, and for a manager the actions in their services. */
public final class ActionsPage {

    private final Page page;

    public ActionsPage(Page page) {
        this.page = page;
        assertThat(page.url()).as("Actions").endsWith("/actions");
        page.locator("main h1").waitFor();
    }

    /** The actions the person leads, as linked under "My actions". */
    public List<String> mine() {
        return page.locator("main table").first().locator("tbody tr td:first-child a").allTextContents().stream()
                .map(String::trim).toList();
    }

    public ActionPage open(String description) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(description).setExact(true)).first().click();
        page.waitForURL(Pattern.compile(".*/actions/[0-9a-f-]{36}$"));
        return new ActionPage(page);
    }
}
