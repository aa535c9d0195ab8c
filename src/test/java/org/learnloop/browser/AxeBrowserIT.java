package org.learnloop.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

import org.junit.jupiter.api.Test;
import org.learnloop.browser.pages.SignInPage;

/** The accessibility scan itself: a scan that found nothing must be one that could have found something. */
class AxeBrowserIT extends BrowserTest {

    private static final String BROKEN_PAGE = """
            <!DOCTYPE html>
            <html><head><title>Broken</title><link rel="stylesheet" href="/css/learnloop.css"></head>
            <body><main><img src="/favicon.ico"><label>Name</label><input type="text"></main></body></html>
            """;

    @Test
    void scanFindsWhatBreaksWcagInAPage() {
        Page page = open(Screen.DESKTOP);
        SignInPage.open(page);
        page.evaluate("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=/favicon.ico>')");

        var violations = violations(page);

        assertThat(violations).as("what axe-core found").extracting(Axe.Violation::id).contains("image-alt");
        assertThat(Axe.describe(page.url(), violations)).as("the report of it").contains("image-alt", "Images must have alternative text", "img");
    }

    @Test
    void inlineScriptRefusedByTheContentSecurityPolicyIsFound() {
        Page page = open(Screen.DESKTOP);
        SignInPage.open(page);
        page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.x = 1'; document.body.append(s); }");

        assertThatThrownBy(() -> check(page, "inline-script")).as("the check of a page with an inline script")
                .hasMessageContaining("Content Security Policy");
    }

    @Test
    void scanFindsWhatBreaksWcagInAPageWithoutJavaScript() {
        Page page = openWithoutJavaScript(Screen.PHONE);
        page.route("**/broken", route -> route.fulfill(new Route.FulfillOptions().setContentType("text/html")
                .setBody(BROKEN_PAGE)));
        page.navigate("/broken");

        var violations = violations(page);

        assertThat(violations).as("what axe-core found").extracting(Axe.Violation::id)
                .contains("html-has-lang", "image-alt", "label");
    }
}
