package org.learnloop.browser.pages;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The menu under the header, folded away behind a button on a phone when JavaScript runs. */
public final class Menu {

    private final Page page;

    private Menu(Page page) {
        this.page = page;
    }

    public static Menu of(Page page) {
        return new Menu(page);
    }

    /** Follows the menu entry with this label, opening the menu first where a phone folds it away. */
    public void go(String label) {
        Locator link = page.locator("#navigation a.govuk-service-navigation__link")
                .filter(new Locator.FilterOptions().setHasText(Text.exactly(label)));
        if (!link.isVisible()) {
            open();
        }
        link.click();
        page.waitForLoadState();
    }

    /** The labels of the menu's entries, as written. */
    public List<String> labels() {
        return page.locator("#navigation a.govuk-service-navigation__link").allTextContents().stream()
                .map(String::trim).toList();
    }

    /** Whether the page has the menu and the sign-out button at all. */
    public boolean isThere() {
        return page.locator("#navigation").count() == 1
                && page.locator("form[action$='/logout'] button[type=submit]").count() == 1;
    }

    /** Opens the menu where a phone folds it away; answers whether it had to. */
    public boolean open() {
        Locator toggle = page.locator(".govuk-service-navigation__toggle");
        if (!toggle.isVisible()) {
            return false;
        }
        toggle.click();
        page.locator("#navigation").waitFor();
        return true;
    }
}
