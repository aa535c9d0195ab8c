package org.learnloop.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.microsoft.playwright.Page;

/**
 * Runs axe-core in a page and reports what breaks WCAG 2.0, 2.1 and 2.2 at levels A and AA.
 *
 * <p>axe-core comes from the npm registry at build time (see the {@code browser} profile in the
 * pom). The page's Content Security Policy allows no inline script, so axe is not added as a
 * script tag: its source is evaluated through the browser's developer protocol, which the policy
 * does not govern, and the page under test keeps its real policy.
 */
public final class Axe {

    /** The rule sets that make up WCAG 2.2 AA, which Learnloop promises. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private static final String RUN = """
            async tags => {
              const results = await window.axe.run(document, {
                runOnly: { type: 'tag', values: tags },
                resultTypes: ['violations']
              });
              return results.violations.map(v => ({
                id: v.id,
                impact: v.impact || 'unknown',
                help: v.help,
                helpUrl: v.helpUrl,
                targets: v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ': ' + n.failureSummary.replace(/\\s+/g, ' ') : ''))
              }));
            }
            """;

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    /** axe-core from its file, by default where the build installs it. */
    public static Axe load() {
        Path path = Path.of(System.getProperty("learnloop.browser.axe", "target/axe/node_modules/axe-core/axe.min.js"));
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("axe-core is not at " + path.toAbsolutePath()
                    + ": run the browser tests with mvn -B verify -Pbrowser, which installs it");
        }
        try {
            return new Axe(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One rule the page breaks, with the elements that break it. */
    public record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {

        @Override
        public String toString() {
            return "- " + id + " (" + impact + "): " + help + "\n    " + String.join("\n    ", targets) + "\n    " + helpUrl;
        }
    }

    /** Everything on the page as it is now that breaks WCAG 2.2 A or AA. */
    public List<Violation> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate("() => {\n" + source + "\n}");
        }
        List<?> found = (List<?>) page.evaluate(RUN, WCAG_TAGS);
        return found.stream().map(Map.class::cast).map(Axe::violation).toList();
    }

    /** A readable list of the violations, for a failing test. */
    public static String describe(String url, List<Violation> violations) {
        return violations.stream().map(Violation::toString)
                .collect(Collectors.joining("\n", "axe-core found " + violations.size() + " accessibility violation(s) on " + url + ":\n", ""));
    }

    private static Violation violation(Map<?, ?> v) {
        List<String> targets = ((List<?>) v.get("targets")).stream().map(String::valueOf).toList();
        return new Violation(String.valueOf(v.get("id")), String.valueOf(v.get("impact")), String.valueOf(v.get("help")),
                String.valueOf(v.get("helpUrl")), targets);
    }
}
