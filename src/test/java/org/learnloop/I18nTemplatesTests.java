package org.learnloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every word a person reads comes from {@code messages/*.properties}, in plain UK English, so
 * copy is written, reviewed and corrected in one place. A template fails when it shows literal
 * text: in an element's body, in {@code alt}, {@code title}, {@code aria-label} or
 * {@code placeholder}, on a button's {@code value}, or as a quoted literal inside
 * {@code th:text}. Text in an element whose body Thymeleaf replaces ({@code th:text},
 * {@code th:utext}, {@code th:replace} or {@code th:insert} of another template) is only a
 * design-time placeholder and is fine. Every message key a template names must exist.
 *
 * <p>Templates are read with AttoParser, the parser Thymeleaf itself uses, so they are seen
 * exactly as Thymeleaf sees them.
 */
class I18nTemplatesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path APPLICATION_YML = Path.of("src/main/resources/application.yml");

    /** Attributes a person reads or hears, which must come from the messages. */
    private static final List<String> READ_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder");
    /** Thymeleaf attributes whose result a person reads, where a quoted English literal is a mistake. */
    private static final List<String> TEXT_EXPRESSIONS = List.of("text", "utext", "alt", "title", "aria-label",
            "placeholder", "alt-title");
    private static final Set<String> BODY_REPLACING = Set.of("text", "utext");
    private static final Set<String> ELEMENT_REPLACING = Set.of("replace", "insert", "include", "substituteby");
    private static final Set<String> NOT_TEXT = Set.of("script", "style");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x\\p{XDigit}+|\\w+);");
    private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{\\s*([A-Za-z0-9_.\\-]+)\\s*[}(]");
    private static final Pattern KEY_PREFIX = Pattern.compile("#\\{\\s*'([A-Za-z0-9_.\\-]+)'\\s*\\+");
    private static final Pattern FRAGMENT_CALL = Pattern.compile("~\\{\\s*fragments/[^:}]*::\\s*[\\w-]+\\s*\\(([^)]*)\\)");
    private static final Pattern KEY_ARGUMENT = Pattern.compile("'([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)'");
    private static final Pattern THIS_TEMPLATE = Pattern.compile("~\\{\\s*(this\\s*)?::");
    private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\\|([^|]*)\\|");

    /** Something a person would read that does not come from the messages; the line is near it. */
    record Finding(int line, String where, String text) {

        @Override
        public String toString() {
            return where + " \"" + text.strip().replaceAll("\\s+", " ") + "\" (near line " + line + ")";
        }
    }

    static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList().stream();
        }
    }

    @Test
    void templatesAreFound() throws IOException {
        assertThat(templates()).as("templates under %s", TEMPLATES).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void templateShowsNoLiteralText(Path template) {
        var findings = literalText(read(template));

        assertThat(findings).as("literal text in %s: put it in messages/*.properties and use th:text=\"#{...}\"", template)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyMessageKeyOfTheTemplateExists(Path template) {
        Map<String, String> messages = messages();

        var missing = missingKeys(read(template), messages.keySet());

        assertThat(missing).as("message keys used in %s but in no messages/*.properties", template).isEmpty();
    }

    @Test
    void everyMessagesFileIsLoaded() throws IOException {
        String yml = Files.readString(APPLICATION_YML);
        Matcher basename = Pattern.compile("basename:\\s*(\\S+)").matcher(yml);
        assertThat(basename.find()).as("spring.messages.basename in %s", APPLICATION_YML).isTrue();
        Set<String> loaded = Set.of(basename.group(1).split(","));

        try (Stream<Path> files = Files.list(MESSAGES)) {
            var notLoaded = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> "messages/" + n.substring(0, n.length() - ".properties".length()))
                    .filter(n -> !loaded.contains(n)).toList();
            assertThat(notLoaded).as("messages files missing from spring.messages.basename").isEmpty();
        }
    }

    @Test
    void noMessageKeyIsDefinedTwice() throws IOException {
        Map<String, String> firstFile = new HashMap<>();
        Set<String> twice = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                for (String key : load(file).stringPropertyNames()) {
                    String earlier = firstFile.putIfAbsent(key, file.getFileName().toString());
                    if (earlier != null) {
                        twice.add(key + " (" + earlier + " and " + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(twice).as("keys defined in two messages files; only one of them would ever be shown").isEmpty();
    }

    // The rules themselves, on small templates.

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Report something</p>",
            "<p class=\"govuk-body\"><strong th:text=\"#{a}\">A</strong>: Oak House</p>",
            "<img src=\"x.png\" alt=\"A fall\">",
            "<a href=\"/\" title=\"Home page\">x</a>",
            "<nav aria-label=\"Menu\"></nav>",
            "<input type=\"text\" placeholder=\"e.g. Oak House\">",
            "<input type=\"submit\" value=\"Send report\">",
            "<p th:text=\"${x} ? 'Yes' : 'No'\">x</p>",
            "<p th:text=\"|Reported by ${name}|\">x</p>",
            "<div th:replace=\"~{layout/page :: page(#{t}, ~{::content})}\"><p th:fragment=\"content\">Hello</p></div>",
            "<div th:text=\"#{a}\"><p th:fragment=\"reused\">Hello</p></div>",
            "<p>Fall &amp; injury</p>",
            "<p>[[${count}]] reports</p>"
    })
    void literalTextIsFound(String html) {
        assertThat(literalText(html)).as("what the check finds in %s", html).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p th:text=\"#{report.title}\">Report something</p>",
            "<p th:utext=\"#{report.title}\">Report <strong>something</strong></p>",
            "<div th:replace=\"~{fragments/forms :: errorSummary}\"><p>There is a problem</p></div>",
            "<div th:insert=\"~{fragments/forms :: errorSummary}\">There is a problem</div>",
            "<p th:remove=\"all\">Example row</p>",
            "<span th:text=\"#{a}\">OAK</span>: <span th:text=\"${b}\">Summary</span>",
            "<img src=\"x.png\" alt=\"\">",
            "<img src=\"x.png\" alt=\"Chart\" th:alt=\"#{chart.alt}\">",
            "<nav aria-label=\"Menu\" th:attr=\"aria-label=#{layout.menu}\"></nav>",
            "<nav th:aria-label=\"#{layout.menu}\"></nav>",
            "<p th:text=\"${title} + ' – ' + #{app.name}\">x</p>",
            "<p th:text=\"#{'category.' + ${c}}\">x</p>",
            "<p th:text=\"${#strings.listJoin(errors, '. ')}\">x</p>",
            "<p>[[#{report.title}]]</p>",
            "<p>: – 42 &nbsp; | </p>",
            "<script>var report = 'Report';</script>",
            "<style>.a::before { content: 'x'; }</style>",
            "<!-- Report something -->",
            "<input type=\"hidden\" name=\"type\" value=\"INCIDENT\">",
            "<button type=\"submit\" value=\"send\" th:text=\"#{report.submit}\">Send</button>"
    })
    void placeholderAndMessageTextIsAllowed(String html) {
        assertThat(literalText(html)).as("what the check finds in %s", html).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p th:text=\"#{no.such.key}\">x</p>",
            "<p th:text=\"#{no.such.key(${a})}\">x</p>",
            "<p>[[#{no.such.key}]]</p>",
            "<html th:replace=\"~{layout/page :: page(#{no.such.key}, ~{::content})}\"></html>",
            "<p th:text=\"#{'nosuchprefix.' + ${x}}\">x</p>",
            "<div th:replace=\"~{fragments/forms :: text('summary', 'no.such.key', null, 'text', '')}\"></div>"
    })
    void unknownKeyIsFound(String html) {
        assertThat(missingKeys(html, Set.of("known.key", "category.FALL"))).as("keys missing from %s", html).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p th:text=\"#{known.key}\">x</p>",
            "<p th:text=\"#{known.key(${a}, #{'category.' + ${b}})}\">x</p>",
            "<p th:text=\"#{${item.label}}\">x</p>",
            "<div th:replace=\"~{fragments/forms :: radios('type', 'known.key', null, ${types}, 'eventType', true)}\"></div>",
            "<p>#{not.an.expression} outside an inline expression</p>"
    })
    void knownOrDynamicKeyIsAccepted(String html) {
        assertThat(missingKeys(html, Set.of("known.key", "category.FALL"))).as("keys missing from %s", html).isEmpty();
    }

    // How the checks work.

    static List<Finding> literalText(String html) {
        List<Finding> findings = new ArrayList<>();
        scan(parse(html), false, findings);
        return findings;
    }

    private static void scan(INestableNode parent, boolean placeholder, List<Finding> findings) {
        for (INode node : parent.getChildren()) {
            if (node instanceof Text text && !placeholder && readable(text.getContent())) {
                findings.add(new Finding(line(node), "text", text.getContent()));
            } else if (node instanceof Element element) {
                scanElement(element, placeholder, findings);
            } else if (node instanceof INestableNode nested && !(node instanceof Element)) {
                scan(nested, placeholder, findings);
            }
        }
    }

    private static void scanElement(Element element, boolean insidePlaceholder, List<Finding> findings) {
        Map<String, String> attributes = element.getAttributeMap();
        boolean placeholder = insidePlaceholder && !hasThymeleaf(attributes, "fragment");
        if ("all".equals(thymeleaf(attributes, "remove"))) {
            return;
        }
        if (!placeholder) {
            checkAttributes(element, attributes, findings);
        }
        boolean bodyReplaced = placeholder
                || BODY_REPLACING.stream().anyMatch(a -> hasThymeleaf(attributes, a))
                || "body".equals(thymeleaf(attributes, "remove"))
                || ELEMENT_REPLACING.stream().map(a -> thymeleaf(attributes, a))
                        .anyMatch(v -> v != null && !THIS_TEMPLATE.matcher(v).find())
                || NOT_TEXT.contains(element.getElementName().toLowerCase());
        scan(element, bodyReplaced, findings);
    }

    private static void checkAttributes(Element element, Map<String, String> attributes, List<Finding> findings) {
        String attr = thymeleaf(attributes, "attr");
        for (String name : READ_ATTRIBUTES) {
            String value = attributes.get(name);
            boolean replaced = hasThymeleaf(attributes, name)
                    || (("alt".equals(name) || "title".equals(name)) && hasThymeleaf(attributes, "alt-title"))
                    || (attr != null && Pattern.compile("(^|,)\\s*" + Pattern.quote(name) + "\\s*=").matcher(attr).find());
            if (value != null && !replaced && readable(value)) {
                findings.add(new Finding(line(element), "<" + element.getElementName() + " " + name + "=", value));
            }
        }
        String type = attributes.getOrDefault("type", "");
        String value = attributes.get("value");
        if (value != null && Set.of("submit", "button", "reset").contains(type.toLowerCase()) && "input".equalsIgnoreCase(element.getElementName())
                && !hasThymeleaf(attributes, "value") && readable(value)) {
            findings.add(new Finding(line(element), "<" + element.getElementName() + " value=", value));
        }
        for (String name : TEXT_EXPRESSIONS) {
            String expression = thymeleaf(attributes, name);
            if (expression != null) {
                Matcher quoted = QUOTED.matcher(withoutExpressions(expression));
                while (quoted.find()) {
                    String literal = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
                    if (readable(literal)) {
                        findings.add(new Finding(line(element), "<" + element.getElementName() + " th:" + name + "=", literal));
                    }
                }
            }
        }
    }

    static Set<String> missingKeys(String html, Set<String> keys) {
        Set<String> missing = new TreeSet<>();
        for (String expression : expressions(parse(html), new ArrayList<>())) {
            Matcher literal = LITERAL_KEY.matcher(expression);
            while (literal.find()) {
                if (!keys.contains(literal.group(1))) {
                    missing.add(literal.group(1));
                }
            }
            Matcher prefix = KEY_PREFIX.matcher(expression);
            while (prefix.find()) {
                String start = prefix.group(1);
                if (keys.stream().noneMatch(k -> k.startsWith(start))) {
                    missing.add(start + "*");
                }
            }
            Matcher call = FRAGMENT_CALL.matcher(expression);
            while (call.find()) {
                Matcher argument = KEY_ARGUMENT.matcher(call.group(1));
                while (argument.find()) {
                    if (!keys.contains(argument.group(1))) {
                        missing.add(argument.group(1));
                    }
                }
            }
        }
        return missing;
    }

    /** Thymeleaf's attribute values and the inline expressions in text: where message keys are named. */
    private static List<String> expressions(INestableNode parent, List<String> found) {
        for (INode node : parent.getChildren()) {
            if (node instanceof Text text) {
                Matcher inline = INLINE_EXPRESSION.matcher(text.getContent());
                while (inline.find()) {
                    found.add(inline.group());
                }
            } else if (node instanceof Element element) {
                element.getAttributeMap().forEach((name, value) -> {
                    if (value != null && (name.startsWith("th:") || name.startsWith("data-th-"))) {
                        found.add(value);
                    }
                });
                expressions(element, found);
            } else if (node instanceof INestableNode nested) {
                expressions(nested, found);
            }
        }
        return found;
    }

    /** Text with a letter in it, once expressions and character references are taken out. */
    private static boolean readable(String text) {
        String bare = ENTITY.matcher(INLINE_EXPRESSION.matcher(text).replaceAll(" ")).replaceAll(" ");
        return LETTER.matcher(bare).find();
    }

    /** The expression with every {@code #{}}, {@code ${}}, {@code *{}}, {@code @{}} and {@code ~{}} taken out. */
    private static String withoutExpressions(String expression) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (depth == 0 && "#$*@~".indexOf(c) >= 0 && i + 1 < expression.length() && expression.charAt(i + 1) == '{') {
                depth = 1;
                i++;
            } else if (depth > 0 && c == '{') {
                depth++;
            } else if (depth > 0 && c == '}') {
                depth--;
                if (depth == 0) {
                    out.append(' ');
                }
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasThymeleaf(Map<String, String> attributes, String name) {
        return attributes.containsKey("th:" + name) || attributes.containsKey("data-th-" + name);
    }

    private static String thymeleaf(Map<String, String> attributes, String name) {
        String value = attributes.get("th:" + name);
        return value != null ? value : attributes.get("data-th-" + name);
    }

    private static int line(INode node) {
        return node.hasLine() ? node.getLine() : 0;
    }

    private static org.attoparser.dom.Document parse(String html) {
        try {
            return new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(html);
        } catch (ParseException e) {
            throw new IllegalStateException("The template cannot be parsed: " + e.getMessage(), e);
        }
    }

    private static String read(Path template) {
        try {
            return Files.readString(template, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> messages() {
        Map<String, String> all = new HashMap<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            files.filter(f -> f.toString().endsWith(".properties"))
                    .forEach(f -> load(f).forEach((k, v) -> all.putIfAbsent((String) k, (String) v)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
