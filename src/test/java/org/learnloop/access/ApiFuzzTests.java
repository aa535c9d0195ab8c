package org.learnloop.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.learnloop.access.ApiCalls.Call;
import org.learnloop.access.ApiCalls.Kind;
import org.learnloop.access.ApiCalls.Query;
import org.learnloop.shared.PlainText;
import org.learnloop.shared.UkTime;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriUtils;

/**
 * Hostile input, generated: every call of the API that takes a body, an id or a filter
 * ({@link ApiCalls}) is sent what an attacker or a broken client might send: malformed JSON, the
 * wrong type in a field, text far over any limit, control characters, right-to-left overrides,
 * lists of ten thousand items, SQL and script fragments, unknown fields and nulls. Each attempt is
 * built to be certainly wrong (at least one part of it can never be accepted), so each must
 * answer a 4xx problem detail that says what is wrong, never a 500, and must save nothing at all.
 * A list may answer 200 to a filter of free text, which is only searched for.
 *
 * <p>Every run draws new attempts. A failure's report prints the seed it used, and the next run
 * tries that seed first; to repeat it for good, give the property {@code seed = "..."}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiFuzzTests {

    /** The Spring test context the other access tests share, loaded once for the properties here. */
    private static final TestContextManager SPRING = new TestContextManager(ApiFuzzTests.class);

    /** Text that may be perfectly acceptable, or not, and must never break anything either way. */
    static final List<String> HOSTILE_TEXT = List.of("'; drop table event;--", "' or 1=1 --", "\" or \"\"=\"",
            "1; delete from person", "admin'--", "%' union select password_hash from person --",
            "'); truncate table audit_entry; --", "<script>alert(1)</script>", "javascript:alert(1)",
            "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "${7*7}", "[[${7*7}]]",
            "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "../../../../etc/passwd", "%00", "%s%s%n",
            "\u200B", "\u200C\u200D", "\u2060", "\uFEFF", "Zo\u00EB fell \uD83D\uDC75\uD83C\uDFFD", "null", "undefined",
            "NaN", "true", "0", "-1", "", " ", "\t", "\n\n", "\u00A0", "\u3000");

    /** Characters nobody types on purpose: control codes, direction marks and overrides, half a pair. */
    static final List<Character> HIDDEN = List.of('\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u202E', '\u202A',
            '\u2066', '\u2069', '\u200E', '\u200F', '\u061C', '\uD800', '\uDC00');

    static final int ENORMOUS = 10_000;

    private static AccessFixture fixture;
    private static Records records;
    private static Calls calls;

    @BeforeContainer
    static void buildTheLoop() {
        ApplicationContext context = SPRING.getTestContext().getApplicationContext();
        fixture = new AccessFixture(context);
        calls = new Calls(MockMvcTester.create(context.getBean(MockMvc.class)), context.getBean(UserDetailsService.class),
                fixture);
        records = fixture.records();
        Stream.concat(ApiCalls.CHANGES.stream().flatMap(c -> Stream.of(c.path(), c.body())),
                ApiCalls.LISTS.stream().map(Query::path)).flatMap(text -> Records.namesIn(text).stream())
                .forEach(records::id);
        records.id("otherOrgEvent");
        fixture.awaitReactions();
    }

    /** One hostile request, and whether a 200 is an acceptable answer to it. */
    record Attempt(String description, String method, URI address, String body, String caller, boolean mayBeFine) {

        @Override
        public String toString() {
            String shown = description.length() > 300 ? description.substring(0, 300) + "..." : description;
            return method + " " + address.getRawPath() + ": " + shown;
        }
    }

    // ------------------------------------------------------------------------------------------ properties

    @Property(tries = 40)
    void malformedJsonIsRefusedAndSavesNothing(@ForAll("malformedBodies") Attempt attempt) throws Exception {
        assertRefusedAndNothingSaved(attempt);
    }

    @Property(tries = 60)
    void aWrongFieldAmongHostileOnesIsRefusedAndSavesNothing(@ForAll("wrongFields") Attempt attempt) throws Exception {
        assertRefusedAndNothingSaved(attempt);
    }

    @Property(tries = 30)
    void aHostileIdInTheAddressIsRefusedAndSavesNothing(@ForAll("hostileIds") Attempt attempt) throws Exception {
        assertRefusedAndNothingSaved(attempt);
    }

    @Property(tries = 40)
    void hostileFiltersAreRefusedOrSearchedForAndSaveNothing(@ForAll("hostileFilters") Attempt attempt)
            throws Exception {
        assertRefusedAndNothingSaved(attempt);
    }

    private void assertRefusedAndNothingSaved(Attempt attempt) throws UnsupportedEncodingException {
        fixture.awaitReactions();
        OrgSnapshot before = OrgSnapshot.of(fixture.db, fixture.main.organisationId());

        MvcTestResult result = calls.api(attempt.method(), attempt.address(), attempt.body(), attempt.caller());

        fixture.awaitReactions();
        OrgSnapshot after = OrgSnapshot.of(fixture.db, fixture.main.organisationId());
        int status = result.getResponse().getStatus();
        String content = result.getResponse().getContentAsString();
        String said = "%s answered %d %s: %s".formatted(attempt, status, result.getResponse().getContentType(),
                content.length() > 500 ? content.substring(0, 500) : content);
        assertThat(status).as(said).isLessThan(500);
        if (attempt.mayBeFine() && status == 200) {
            assertThat(result.getResponse().getContentType()).as(said).startsWith(MediaType.APPLICATION_JSON_VALUE);
        } else {
            assertThat(status).as(said).isBetween(400, 499);
            assertThat(result.getResponse().getContentType()).as(said).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            BadInputTests.assertPlainEnglish(JsonPath.read(content, "$.detail"), said);
        }
        assertThat(after.changedSince(before)).as(said + ": nothing was saved").isEmpty();
    }

    // ------------------------------------------------------------------------------------------ malformed JSON

    @Provide
    Arbitrary<Attempt> malformedBodies() {
        return Arbitraries.of(withBody()).flatMap(call -> {
            String good = goodBody(call);
            String field = call.fields().keySet().iterator().next();
            Arbitrary<String> cut = Arbitraries.integers().between(0, good.length() - 1).map(n -> good.substring(0, n));
            Arbitrary<String> broken = Arbitraries.oneOf(
                    cut,
                    cut.map(body -> "\uFEFF" + body),
                    Arbitraries.of("[" + good.substring(1), good.substring(0, good.length() - 1) + "]",
                            good.substring(0, good.length() - 1) + ")", good.replace('"', '\''),
                            good.replace("\":", "\"="), "/* a note */" + good,
                            good.replace("{", "{\n// a note\n"), ApiCalls.with(good, field, "NaN"),
                            ApiCalls.with(good, field, "undefined"), ApiCalls.with(good, field, "\"raw \u0000 NUL\""),
                            ApiCalls.with(good, field, "\"raw \u001B escape\""), ApiCalls.with(good, field, "\"\\x41\"")),
                    Arbitraries.of("}", "]", ",", " x", "{}", "{\"a\":1}", "; drop table event;--", "<script>",
                            "\u0000").map(garbage -> good + garbage),
                    Arbitraries.integers().between(1_001, 100_000).map(depth -> ApiCalls.with(good, field,
                            "[".repeat(depth) + "]".repeat(depth))),
                    Arbitraries.integers().between(1_001, 100_000).map(depth -> ApiCalls.with(good, field,
                            "{\"a\":".repeat(depth) + "1" + "}".repeat(depth))));
            return broken.map(body -> attempt("malformed: " + shown(body), call, resolvedPath(call), body));
        });
    }

    // ------------------------------------------------------------------------------------------ a wrong field

    /**
     * A body with one field certainly wrong, every other field either as it should be, null, or
     * holding hostile text, and perhaps fields Learnloop does not know (some of them naming what a
     * caller must never set, such as another provider).
     */
    @Provide
    Arbitrary<Attempt> wrongFields() {
        return Arbitraries.of(withBody()).flatMap(call -> {
            List<String> fields = new ArrayList<>(call.fields().keySet());
            return Arbitraries.of(fields).flatMap(wrongField -> {
                Arbitrary<String> wrong = wrong(call.fields().get(wrongField));
                Arbitrary<Map<String, String>> others = others(call, wrongField);
                Arbitrary<List<String>> unknown = unknownFields().list().ofMaxSize(3);
                return Combinators.combine(wrong, others, unknown).as((value, noise, extra) -> {
                    String body = goodBody(call);
                    for (Map.Entry<String, String> other : noise.entrySet()) {
                        body = ApiCalls.with(body, other.getKey(), other.getValue());
                    }
                    body = ApiCalls.with(body, wrongField, value);
                    if (!extra.isEmpty()) {
                        body = "{" + String.join(",", extra) + "," + body.substring(1);
                    }
                    return attempt(wrongField + " = " + shown(value) + ", with " + shown(noise + " " + extra), call,
                            resolvedPath(call), body);
                });
            });
        });
    }

    /** Other fields of the body: each left alone, or null, or hostile text where text goes. */
    private Arbitrary<Map<String, String>> others(Call call, String wrongField) {
        List<Arbitrary<Map.Entry<String, String>>> choices = new ArrayList<>();
        call.fields().forEach((field, kind) -> {
            if (!field.equals(wrongField)) {
                Arbitrary<String> value = kind == Kind.TEXT
                        ? Arbitraries.oneOf(Arbitraries.just("null"), hostileText().map(ApiFuzzTests::json))
                        : Arbitraries.just("null");
                choices.add(value.injectNull(0.5).map(v -> v == null ? null : Map.entry(field, v)));
            }
        });
        if (choices.isEmpty()) {
            return Arbitraries.just(Map.of());
        }
        return Combinators.combine(choices).as(entries -> {
            Map<String, String> chosen = new LinkedHashMap<>();
            entries.stream().filter(e -> e != null).forEach(e -> chosen.put(e.getKey(), e.getValue()));
            return chosen;
        });
    }

    private Arbitrary<String> unknownFields() {
        return Arbitraries.oneOf(
                Arbitraries.of("\"organisationId\":\"" + fixture.other.organisationId() + "\"",
                        "\"id\":\"" + UUID.randomUUID() + "\"", "\"status\":\"CLOSED\"", "\"version\":99",
                        "\"role\":\"ADMINISTRATOR\"", "\"__proto__\":{\"admin\":true}", "\"reporterId\":null",
                        "\"createdAt\":\"1970-01-01T00:00:00Z\""),
                Combinators.combine(hostileText(), hostileText()).as((name, value) -> json("x" + name) + ":" + json(value)));
    }

    /** A JSON value that can never be right for a field of this kind. */
    private Arbitrary<String> wrong(Kind kind) {
        Arbitrary<String> objects = Arbitraries.of("{}", "{\"nested\":true}", "{\"value\":\"" + UUID.randomUUID() + "\"}");
        Arbitrary<String> booleans = Arbitraries.of("true", "false");
        return switch (kind) {
            case TEXT -> Arbitraries.oneOf(hiddenCharacters(), overLong(), objects, Arbitraries.of("[]", "[\"a\",\"list\"]"),
                    enormousList(Arbitraries.just("\"a\"")));
            case CODE -> Arbitraries.oneOf(
                    hostileText().filter(s -> !s.isBlank() && !s.matches("[A-Z_]+")).map(ApiFuzzTests::json),
                    Arbitraries.integers().map(String::valueOf), booleans, objects, Arbitraries.of("[\"LOW\"]", "[]"));
            case WHOLE_NUMBER -> Arbitraries.oneOf(nonNumeric(), Arbitraries.of("2.5", "1e400", "-1e400", "3.0001"),
                    Arbitraries.integers().filter(n -> n < 1 || n > 5).map(String::valueOf),
                    Arbitraries.of("99999999999", "99999999999999999999999"), booleans, objects, Arbitraries.of("[3]"));
            case VERSION -> Arbitraries.oneOf(nonNumeric(), Arbitraries.integers().filter(n -> n != 0).map(String::valueOf),
                    Arbitraries.of("99999999999", "1e400"), booleans, objects, Arbitraries.of("[0]"));
            case DATE -> Arbitraries.oneOf(nonDate(), booleans, objects, Arbitraries.of("\"2026-02-30\"", "\"2026-13-01\"",
                    "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"0000-00-00\"",
                    json(UkTime.londonDate(Instant.now()).minusDays(1).toString()),
                    json(UkTime.londonDate(Instant.now()).plusYears(3).toString())));
            case DATE_TIME -> Arbitraries.oneOf(nonDate(), booleans, objects, Arbitraries.of("\"2026-11-20T14:30:00\"",
                    "\"2026-02-30T10:00:00Z\"", "\"+999999999-12-31T23:59:59Z\"",
                    json(Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()),
                    json(Instant.now().minus(365 * 11, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString())));
            case ID -> Arbitraries.oneOf(notAnId(), Arbitraries.integers().map(String::valueOf), booleans, objects,
                    Arbitraries.create(() -> json(UUID.randomUUID().toString())),
                    Arbitraries.just(json(records.id("otherOak"))), Arbitraries.of("[]"));
            case IDS -> Arbitraries.oneOf(notAnId(), objects, notAnId().map(id -> "[" + id + "]"),
                    Arbitraries.of("[null]", "[42]", "[[]]", "[\"" + records.id("otherOak") + "\"]"),
                    enormousList(Arbitraries.create(() -> json(UUID.randomUUID().toString()))));
            case CODES -> Arbitraries.oneOf(Arbitraries.of("\"EQUIPMENT_RESOURCES\"", "[null]", "[3]", "[[]]"), objects,
                    hostileText().filter(s -> !s.matches("[A-Z_]+")).map(s -> "[" + json(s) + "]"),
                    enormousList(hostileText().filter(s -> !s.matches("[A-Z_]+")).map(ApiFuzzTests::json)));
            case FINDINGS -> Arbitraries.oneOf(Arbitraries.of("\"A finding\"", "[null]", "[\"A finding\"]",
                    "[{\"text\":{\"nested\":true}}]", "[{\"id\":\"not-an-id\",\"text\":\"A finding\"}]",
                    "[{\"id\":42,\"text\":\"A finding\"}]"), objects,
                    hiddenCharacters().map(text -> "[{\"text\":" + text + "}]"),
                    overLong().map(text -> "[{\"text\":" + text + "}]"),
                    enormousList(hostileText().map(text -> "{\"text\":" + json("Finding " + text) + "}")));
            case YES_NO -> Arbitraries.oneOf(
                    hostileText().filter(s -> !s.isBlank() && !s.equals("true") && !s.equals("false")).map(ApiFuzzTests::json),
                    objects, Arbitraries.of("[true]", "[]"));
        };
    }

    // ------------------------------------------------------------------------------------------ a hostile id

    @Provide
    Arbitrary<Attempt> hostileIds() {
        List<Call> withIds = ApiCalls.CHANGES.stream().filter(Call::hasId).toList();
        Arbitrary<String> ids = Arbitraries.oneOf(
                hostileText().filter(s -> !s.isEmpty()),
                Arbitraries.of("1", "-1", "00000000-0000-0000-0000-000000000000", "a".repeat(10_000), "..", ".",
                        "%2F", "id;jsessionid=1", records.id("otherOrgEvent")),
                Arbitraries.create(() -> UUID.randomUUID().toString()),
                Combinators.combine(hostileText(), Arbitraries.of(HIDDEN)).as((text, hidden) -> text + hidden));
        return Combinators.combine(Arbitraries.of(withIds), ids).as((call, id) -> {
            String path = call.path().replaceFirst("\\{[^}]+}", "\u0001");
            path = records.resolve(path).replace("\u0001", UriUtils.encodePathSegment(id, StandardCharsets.UTF_8));
            return new Attempt("id " + shown(id), call.method(), URI.create(path), goodBody(call), call.caller(), false);
        });
    }

    // ------------------------------------------------------------------------------------------ hostile filters

    /**
     * A list asked with one to three filters, each given hostile text. A filter that takes an id, a
     * code, a date or a number can never accept it (the attempt must be refused); free text (a
     * search) may be searched for, and then the list answers 200.
     */
    @Provide
    Arbitrary<Attempt> hostileFilters() {
        return Arbitraries.of(ApiCalls.LISTS).flatMap(list -> {
            List<String> names = new ArrayList<>(list.filters().keySet());
            Arbitrary<Map.Entry<String, String>> filter = Arbitraries.of(names)
                    .flatMap(name -> filterValue(list.filters().get(name)).map(value -> Map.entry(name, value)));
            return filter.list().ofMinSize(1).ofMaxSize(3).map(chosen -> {
                String query = chosen.stream()
                        .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                        .collect(Collectors.joining("&"));
                boolean onlyText = chosen.stream().allMatch(f -> list.filters().get(f.getKey()) == Kind.TEXT);
                return new Attempt("filters " + shown(chosen.toString()), "GET",
                        URI.create(records.resolve(list.path()) + "?" + query), null, list.caller(), onlyText);
            });
        });
    }

    private Arbitrary<String> filterValue(Kind kind) {
        Arbitrary<String> text = hostileText().filter(s -> !s.isBlank());
        return switch (kind) {
            case TEXT -> Arbitraries.oneOf(hostileText(),
                    Combinators.combine(hostileText(), Arbitraries.of(HIDDEN)).as((t, hidden) -> t + hidden),
                    Arbitraries.integers().between(201, 20_000).map("a"::repeat));
            case WHOLE_NUMBER -> text.filter(s -> !s.trim().matches("[+-]?\\d+"));
            case YES_NO -> text.filter(s -> !s.trim().toLowerCase().matches("true|false|on|off|yes|no|1|0"));
            case CODE -> text.filter(s -> !s.trim().matches("[A-Za-z_]+"));
            default -> text;
        };
    }

    // ------------------------------------------------------------------------------------------ building blocks

    /** Text of every sort: SQL and script fragments, zero-width and blank text, and whatever else a person could type. */
    static Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(Arbitraries.of(HOSTILE_TEXT),
                Arbitraries.strings().withCharRange('\u0020', '\uD7FF').ofMaxLength(40)
                        .filter(s -> !PlainText.hasHiddenCharacters(s)));
    }

    /**
     * A JSON string that holds a character no person types on purpose among hostile text, always
     * between two letters: at either end, a control code is trimmed off with the spaces, and what
     * is kept is clean.
     */
    private static Arbitrary<String> hiddenCharacters() {
        return Combinators.combine(hostileText(), Arbitraries.of(HIDDEN), hostileText())
                .as((before, hidden, after) -> json(before + "a" + hidden + "b" + after));
    }

    /** A JSON string longer than any text Learnloop keeps (10,000 characters), up to two million. */
    private static Arbitrary<String> overLong() {
        return Combinators.combine(Arbitraries.oneOf(Arbitraries.just(2_000_000), Arbitraries.integers().between(10_001, 200_000)),
                Arbitraries.of(HOSTILE_TEXT).filter(s -> !s.isEmpty()))
                .as((length, piece) -> json(piece.repeat(length / piece.length() + 1).substring(0, length)));
    }

    private static Arbitrary<String> enormousList(Arbitrary<String> items) {
        return items.list().ofSize(50).map(some -> "[" + IntStream.range(0, ENORMOUS).mapToObj(i -> some.get(i % some.size()))
                .collect(Collectors.joining(",")) + "]");
    }

    private static Arbitrary<String> nonNumeric() {
        return hostileText().filter(s -> !s.trim().matches("[+-]?[\\d.eE]+")).map(ApiFuzzTests::json);
    }

    private static Arbitrary<String> nonDate() {
        return hostileText().filter(s -> !s.matches(".*\\d{4}-\\d{2}-\\d{2}.*")).map(ApiFuzzTests::json);
    }

    private static Arbitrary<String> notAnId() {
        return hostileText().filter(s -> !s.matches("[0-9a-fA-F-]{36}")).map(ApiFuzzTests::json);
    }

    private static List<Call> withBody() {
        return ApiCalls.CHANGES.stream().filter(Call::takesBody).toList();
    }

    private static String goodBody(Call call) {
        return call.body() == null ? null : records.resolve(call.body()).replace("\n", "");
    }

    private static String resolvedPath(Call call) {
        return records.resolve(call.path());
    }

    private static Attempt attempt(String description, Call call, String path, String body) {
        return new Attempt(description, call.method(), URI.create(path), body, call.caller(), false);
    }

    /** The text as a JSON string, with control codes and halves of pairs escaped so they arrive as they are. */
    static String json(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                json.append(c).append(text.charAt(++i));
            } else if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c)) {
                json.append("\\u%04x".formatted((int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String shown(String text) {
        String shown = text.length() > 120 ? text.substring(0, 120) + "... (" + text.length() + " characters)" : text;
        return shown.chars().mapToObj(c -> c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isSurrogate((char) c) || c > 0x2000
                ? "\\u%04x".formatted(c) : String.valueOf((char) c)).collect(Collectors.joining());
    }
}
