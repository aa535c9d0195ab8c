package org.learnloop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.learnloop.people.Enrolment;
import org.learnloop.people.People;
import org.learnloop.support.TestProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that use Learnloop as a person would: the whole application on a random port
 * (H2 in memory), the system Chromium driven by Playwright, launched once per class, and a fresh
 * browser (no cookies, no stored drafts) for every test. Each test has a provider of its own, with
 * data made through the services.
 *
 * <p>{@link #check(Page, String)} is the habit of every test: take a screenshot into
 * {@code target/screenshots/} and fail on any WCAG 2.2 A or AA violation that axe-core finds.
 * Nothing here reaches beyond localhost: Chromium is started with its background networking off.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final double DEFAULT_TIMEOUT_MS = 15_000;

    private static Playwright playwright;
    private static Browser browser;
    private static Axe axe;

    @LocalServerPort
    private int port;

    @Autowired
    protected Enrolment enrolment;

    @Autowired
    protected People people;

    protected TestProvider provider;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private final Map<Page, Screen> withoutJavaScript = new HashMap<>();
    private final Map<Page, List<String>> scriptProblems = new HashMap<>();
    private String testName;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = this::screenshotOnFailure;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("learnloop.browser.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
        axe = Axe.load();
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void createProvider(TestInfo test) {
        provider = TestProvider.create(enrolment, people);
        testName = getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void closeBrowsers() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        pages.clear();
        withoutJavaScript.clear();
        scriptProblems.clear();
    }

    /** A new tab in a browser of its own, as on that screen. */
    protected Page open(Screen screen) {
        return open(screen, true);
    }

    /** A new tab in a browser of its own with JavaScript switched off: every form must still work. */
    protected Page openWithoutJavaScript(Screen screen) {
        return open(screen, false);
    }

    private Page open(Screen screen, boolean javaScript) {
        BrowserContext context = newContext(screen, javaScript);
        contexts.add(context);
        Page page = context.newPage();
        pages.add(page);
        List<String> problems = new ArrayList<>();
        scriptProblems.put(page, problems);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                problems.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> problems.add(page.url() + ": " + error));
        if (!javaScript) {
            withoutJavaScript.put(page, screen);
        }
        return page;
    }

    private BrowserContext newContext(Screen screen, boolean javaScript) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setViewportSize(screen.width(), screen.height())
                .setIsMobile(screen.mobile())
                .setHasTouch(screen.mobile())
                .setJavaScriptEnabled(javaScript)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        context.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
        return context;
    }

    /** The real username of one of the demo's people in this test's provider. */
    protected String username(String demoName) {
        return provider.username(demoName);
    }

    /**
     * Looks at the page as it is now: a screenshot named after the test and {@code step}; no script
     * error and nothing the Content Security Policy refused, so far in this tab; then an axe-core
     * scan that fails the test with a readable list of every violation.
     */
    protected void check(Page page, String step) {
        screenshot(page, testName + "-" + step);
        assertThat(scriptProblems.get(page)).as("script errors and Content Security Policy violations").isEmpty();
        var violations = violations(page);
        assertThat(violations).as(() -> Axe.describe(page.url(), violations)).isEmpty();
    }

    /** What axe-core finds wrong with the page as it is now, against WCAG 2.2 A and AA. */
    protected List<Axe.Violation> violations(Page page) {
        Screen screen = withoutJavaScript.get(page);
        return screen == null ? axe.violations(page) : scanAsIs(page, screen);
    }

    /**
     * axe-core is JavaScript, and a page with JavaScript switched off cannot run it. So the page's
     * HTML, exactly as the browser has it, is replayed at the same address in a second browser that
     * loads the same style sheets and images but none of the page's scripts, and axe scans that.
     */
    private List<Axe.Violation> scanAsIs(Page page, Screen screen) {
        String url = page.url();
        String html = page.content();
        try (BrowserContext replay = newContext(screen, true)) {
            Page copy = replay.newPage();
            copy.route("**/*", route -> {
                if (route.request().isNavigationRequest() && route.request().url().equals(url)) {
                    route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/html;charset=UTF-8")
                            .setBody(html));
                } else if ("script".equals(route.request().resourceType())) {
                    route.abort();
                } else {
                    route.resume();
                }
            });
            copy.navigate(url);
            return axe.violations(copy);
        }
    }

    /**
     * Nothing may need scrolling sideways (WCAG 1.4.10, reflow). A phone browser zooms out to show
     * a page that is too wide, so the page's width is compared with the screen's, not the window's.
     * Needs JavaScript, to measure the page.
     */
    protected void assertFitsTheScreen(Page page) {
        assertThat(withoutJavaScript).as("measuring a page needs JavaScript").doesNotContainKey(page);
        Number width = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("the width of %s on a screen %d pixels wide", page.url(), page.viewportSize().width)
                .isLessThanOrEqualTo(page.viewportSize().width);
    }

    private static void screenshot(Page page, String name) {
        Path directory = Path.of(System.getProperty("learnloop.browser.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(directory.resolve(name + ".png")));
    }

    private void screenshotOnFailure(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            if (!page.isClosed()) {
                try {
                    screenshot(page, testName + "-failed-" + (i + 1));
                } catch (RuntimeException e) {
                    // the browser may be what failed; the test's own error says more
                }
            }
        }
    }
}
