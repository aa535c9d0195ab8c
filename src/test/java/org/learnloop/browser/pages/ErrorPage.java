package org.learnloop.browser.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** A page that says something went wrong, with the HTTP status it came with. */
public final class ErrorPage {

    private final Page page;
    private final int status;

    private ErrorPage(Page page, int status) {
        this.page = page;
        this.status = status;
    }

    /** Goes to a path that should answer with an error page. */
    public static ErrorPage open(Page page, String path) {
        Response response = page.navigate(path);
        return new ErrorPage(page, response.status());
    }

    public int status() {
        return status;
    }

    public String heading() {
        return page.textContent("main h1").trim();
    }

    /** Whether the page offers the way back to the person's home page. */
    public boolean offersWayHome() {
        return page.locator("main a.govuk-link[href='/']").isVisible();
    }

    /** Whether the page has the same header as any other: the menu and the button to sign out. */
    public boolean showsMenu() {
        return Menu.of(page).isThere();
    }

    /** Whether the page shows a Java exception, a stack trace or Spring's fallback page. */
    public boolean showsInternals() {
        String text = page.textContent("body");
        return text.contains("Exception") || text.contains("at org.") || text.contains("Whitelabel");
    }
}
