package org.learnloop.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learnloop.access.ApiCalls.Call;
import org.learnloop.access.ApiCalls.Kind;
import org.learnloop.people.TwoStepVerification;
import org.learnloop.shared.UkTime;
import org.learnloop.support.TestProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Bad input, everywhere: every call of the API that changes something, and every form, is sent
 * what a careless or hostile client might send. Each must answer a 4xx in plain English (a
 * problem detail naming the field, or the form again with an error summary), never a 500 or a
 * stack trace, and must save nothing at all.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTests {

    /** Stands for a string of two million characters, put in at the last moment. */
    static final String TWO_MB = "<two megabytes>";

    /**
     * One bad request: the call, the body to send instead of the good one, the answers that are
     * right, and the field the problem must name (null when it is not about one field).
     */
    record BadRequest(String description, Call call, String path, String body, String contentType, Set<Integer> statuses,
            String field) {

        @Override
        public String toString() {
            return call.method() + " " + call.path() + ": " + description;
        }
    }

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService accounts;

    private AccessFixture fixture;
    private Records records;
    private Calls calls;

    @BeforeAll
    void buildTheLoop() {
        fixture = new AccessFixture(context);
        calls = new Calls(mvc, accounts, fixture);
        records = fixture.records();
        for (String name : List.of("oakEvent", "oakDuty", "oakDraftReview", "oakBlankReview", "oakReview", "oakFinding",
                "oakAction", "oakCheck", "oakDraftLesson", "oakLesson", "managerOakToken")) {
            records.id(name);
        }
        // so that a confirmation is checked field by field, not refused for want of a setup
        context.getBean(TwoStepVerification.class).begin(fixture.main.actor("manager.oak"));
        fixture.awaitReactions();
    }

    // ------------------------------------------------------------------------------------------ the API

    List<BadRequest> badRequests() {
        List<BadRequest> bad = new ArrayList<>();
        for (Call call : ApiCalls.CHANGES) {
            if (call.hasId()) {
                for (String id : List.of("{missing}", "not-a-uuid", "00000000-0000-0000-0000-000000000000", "1",
                        "{oak}", " ", "\u3000")) {
                    if (call.path().contains(id)) {
                        continue; // the right kind of record: a service's own id
                    }
                    bad.add(new BadRequest("the id " + id, call, call.path().replaceFirst("\\{[^}]+}", id), call.body(),
                            null, Set.of(404), null));
                }
            }
            if (!call.takesBody()) {
                continue;
            }
            bad.add(body(call, "malformed JSON", "{\"summary\": \"Fall", 400, "body"));
            bad.add(body(call, "JSON cut short", call.body().substring(0, call.body().length() / 2), 400, "body"));
            bad.add(body(call, "an empty body", "", 400, null));
            bad.add(body(call, "a JSON null", "null", 400, null));
            bad.add(body(call, "a list, not an object", "[]", 400, "body"));
            bad.add(body(call, "a string, not an object", "\"Fall\"", 400, "body"));
            bad.add(body(call, "a number, not an object", "42", 400, "body"));
            bad.add(body(call, "JSON nested two thousand deep", "[".repeat(2000) + "]".repeat(2000), 400, "body"));
            bad.add(new BadRequest("sent as plain text", call, call.path(), call.body(), MediaType.TEXT_PLAIN_VALUE,
                    Set.of(415), null));
            call.fields().forEach((field, kind) -> {
                for (Map.Entry<String, Integer> value : wrongValues(field, kind).entrySet()) {
                    bad.add(new BadRequest(field + " = " + shorten(value.getKey()), call, call.path(),
                            ApiCalls.with(call.body(), field, value.getKey()), null,
                            value.getValue() == 404 ? Set.of(400, 404) : Set.of(value.getValue()),
                            value.getValue() == 404 ? null : field));
                }
            });
        }
        bad.addAll(outOfRange());
        return bad;
    }

    private static BadRequest body(Call call, String description, String body, int status, String field) {
        return new BadRequest(description, call, call.path(), body, null, Set.of(status), field);
    }

    /** Wrong values for a field of this kind, each with the status it must get (404: 400 or 404). */
    private static Map<String, Integer> wrongValues(String field, Kind kind) {
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put("{\"nested\":true}", 400);
        switch (kind) {
            case TEXT -> {
                values.put("[\"a\",\"list\"]", 400);
                values.put("\"" + TWO_MB + "\"", 400);
                values.put("\"A NUL \\u0000 in the middle\"", 400);
                values.put("\"A bell \\u0007 and an escape \\u001b[31m\"", 400);
                values.put("\"A C1 control \\u0085 character\"", 400);
                values.put("\"Reversed \\u202Etxt.exe\"", 400);
                values.put("\"A right-to-left mark \\u200F here\"", 400);
                values.put("\"An isolate \\u2067 here\"", 400);
                values.put("\"Half a pair \\ud800 of surrogates\"", 400);
            }
            case CODE -> {
                values.put("\"high\"", 400);
                values.put("\"low\"", 400);
                values.put("\"NOT_A_CODE\"", 400);
                values.put("3", 400);
                values.put("true", 400);
                values.put("[\"LOW\"]", 400);
            }
            case WHOLE_NUMBER -> {
                values.put("\"high\"", 400);
                values.put("0", 400);
                values.put("6", 400);
                values.put("-1", 400);
                values.put("2.5", 400);
                values.put("99999999999", 400);
                values.put("99999999999999999999999", 400);
                values.put("true", 400);
                values.put("[3]", 400);
            }
            case DATE -> {
                values.put("\"20/11/2026\"", 400);
                values.put("\"2026-02-30\"", 400);
                values.put("\"soon\"", 400);
                values.put("\"" + UkTime.londonDate(Instant.now()).minusDays(1) + "\"", 400);
                values.put("\"" + UkTime.londonDate(Instant.now()).plusYears(3) + "\"", 400);
                values.put("\"+999999999-12-31\"", 400);
                values.put("true", 400);
            }
            case DATE_TIME -> {
                values.put("\"yesterday\"", 400);
                values.put("\"2026-11-20T14:30:00\"", 400);
                values.put("\"2026-02-30T10:00:00Z\"", 400);
                values.put("\"" + Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS) + "\"", 400);
                values.put("\"" + Instant.now().minus(365 * 11, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS) + "\"", 400);
                values.put("\"+999999999-12-31T23:59:59Z\"", 400);
                values.put("true", 400);
            }
            case ID -> {
                values.put("\"not-an-id\"", 400);
                values.put("42", 400);
                values.put("\"" + UUID.randomUUID() + "\"", 404);
            }
            case IDS -> {
                values.put("\"{oak}\"", 400);
                values.put("[\"not-an-id\"]", 400);
                values.put("[42]", 400);
                values.put("[\"" + UUID.randomUUID() + "\"]", 404);
            }
            case CODES -> {
                values.put("\"EQUIPMENT_RESOURCES\"", 400);
                values.put("[\"NOT_A_FACTOR\"]", 400);
                values.put("[3]", 400);
            }
            case FINDINGS -> {
                values.put("\"A finding\"", 400);
                values.put("[{\"text\":{\"nested\":true}}]", 400);
                values.put("[{\"id\":\"not-an-id\",\"text\":\"A finding\"}]", 400);
                values.put("[{\"text\":\"" + TWO_MB + "\"}]", 400);
                values.put("[{\"text\":\"Reversed \\u202Etxt.exe\"}]", 400);
                values.put("[" + IntStream.range(0, 51).mapToObj(i -> "{\"text\":\"Finding " + i + "\"}")
                        .collect(Collectors.joining(",")) + "]", 400);
            }
            case VERSION -> {
                values.put("\"high\"", 400);
                values.put("true", 400);
                values.put("[0]", 400);
                values.put("99999999999", 400);
            }
            case YES_NO -> {
                values.put("\"perhaps\"", 400);
                values.put("[true]", 400);
            }
        }
        return values;
    }

    /** Numbers and dates that are well formed but outside what the rules allow. */
    private List<BadRequest> outOfRange() {
        Call report = ApiCalls.change("/api/v1/events");
        Call triage = ApiCalls.change("/api/v1/events/{oakEvent}/triage");
        Call completion = ApiCalls.change("/api/v1/duties/{oakDuty}/completion");
        Call review = ApiCalls.change("/api/v1/reviews");
        return List.of(
                new BadRequest("done before the event happened", completion, completion.path(),
                        ApiCalls.with(completion.body(), "completedAt", "\"" + Records.OCCURRED.minus(1, ChronoUnit.DAYS) + "\""),
                        null, Set.of(400), "completedAt"),
                new BadRequest("consequence and likelihood both out of range", triage, triage.path(),
                        ApiCalls.with(ApiCalls.with(triage.body(), "consequence", "7"), "likelihood", "0"), null, Set.of(400), "likelihood"),
                new BadRequest("a summary one character too long", report, report.path(),
                        ApiCalls.with(report.body(), "summary", "\"" + "a".repeat(201) + "\""), null, Set.of(400), "summary"),
                new BadRequest("a review of 201 events", review, review.path(),
                        ApiCalls.with(review.body(), "eventIds", "[" + IntStream.range(0, 201).mapToObj(i -> "\"" + UUID.randomUUID() + "\"")
                                .collect(Collectors.joining(",")) + "]"), null, Set.of(400), "eventIds"));
    }

    private static String shorten(String value) {
        String shown = value.replace(TWO_MB, "two million characters");
        return shown.length() > 60 ? shown.substring(0, 60) + "..." : shown;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void apiRefusesBadInputAndChangesNothing(BadRequest bad) throws UnsupportedEncodingException {
        String path = records.resolve(bad.path());
        String body = bad.body() == null ? null : records.resolve(bad.body()).replace(TWO_MB, "a".repeat(2_000_000));
        fixture.awaitReactions();
        OrgSnapshot before = OrgSnapshot.of(fixture.db, fixture.main.organisationId());

        MvcTestResult result = send(bad, path, body);

        fixture.awaitReactions();
        OrgSnapshot after = OrgSnapshot.of(fixture.db, fixture.main.organisationId());
        int status = result.getResponse().getStatus();
        String content = result.getResponse().getContentAsString();
        String said = "%s answered %d: %s".formatted(bad, status, content.length() > 500 ? content.substring(0, 500) : content);
        assertThat(status).as(said).isIn(bad.statuses());
        assertThat(result.getResponse().getContentType()).as(said).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertPlainEnglish(JsonPath.read(content, "$.detail"), said);
        if (bad.field() != null) {
            List<String> fields = JsonPath.read(content, "$.errors[*].field");
            assertThat(fields).as(said + ": the problem names the field").anyMatch(f -> f.startsWith(bad.field()));
            List<String> messages = JsonPath.read(content, "$.errors[*].message");
            messages.forEach(message -> assertPlainEnglish(message, said));
        }
        assertThat(after.changedSince(before)).as(said + ": nothing was saved").isEmpty();
    }

    private MvcTestResult send(BadRequest bad, String path, String body) {
        if (bad.contentType() == null) {
            return calls.api(bad.call().method(), path, body, bad.call().caller());
        }
        return mvc.method(HttpMethod.valueOf(bad.call().method())).uri(path)
                .contentType(bad.contentType()).content(body).accept(MediaType.APPLICATION_JSON)
                .with(httpBasic(fixture.username(bad.call().caller()), TestProvider.PASSWORD)).exchange();
    }

    /** Lists refuse filters and pages they cannot use, in the same plain way. */
    List<String[]> badListQueries() {
        return List.of(
                new String[] { "/api/v1/events?page=-1", "page" },
                new String[] { "/api/v1/events?size=0", "size" },
                new String[] { "/api/v1/events?size=501", "size" },
                new String[] { "/api/v1/events?page=abc", "page" },
                new String[] { "/api/v1/events?page=99999999999", "page" },
                new String[] { "/api/v1/events?from=2026-13-01", "from" },
                new String[] { "/api/v1/events?from=2026-11-20&to=2026-11-01", "to" },
                new String[] { "/api/v1/events?type=BANANA", "type" },
                new String[] { "/api/v1/events?serviceId=not-an-id", "serviceId" },
                new String[] { "/api/v1/events?status=FINISHED", "status" },
                new String[] { "/api/v1/events?q=" + "a".repeat(201), "q" },
                new String[] { "/api/v1/actions?status=DONE_ISH", "status" },
                new String[] { "/api/v1/actions?overdue=perhaps", "overdue" },
                new String[] { "/api/v1/actions?size=100000", "size" },
                new String[] { "/api/v1/checks?dueDate=tomorrow", "dueDate" },
                new String[] { "/api/v1/checks?actionId=not-an-id", "actionId" },
                new String[] { "/api/v1/duties?page=-5", "page" },
                new String[] { "/api/v1/lessons?size=-1", "size" },
                new String[] { "/api/v1/audit-trail?size=501", "size" },
                new String[] { "/api/v1/evidence-pack?from=2026-11-20&to=yesterday", "to" },
                new String[] { "/api/v1/evidence-pack?from=2026-11-20&to=2026-11-01", "to" },
                new String[] { "/api/v1/evidence-pack?from=2020-01-01&to=2026-11-01", "to" },
                new String[] { "/api/v1/evidence-pack?serviceIds=not-an-id&from=2026-11-01&to=2026-11-20", "serviceIds" },
                new String[] { "/api/v1/evidence-pack?from=2026-11-01&to=2026-11-20&format=pdf", "format" },
                new String[] { "/api/v1/evidence-pack?from=2026-11-01&to=2026-11-20&page=-1", "page" },
                new String[] { "/api/v1/evidence-pack?from=2026-11-01&to=2026-11-20&size=101", "size" },
                new String[] { "/api/v1/evidence-pack?from=2026-11-01&to=2026-11-20&size=0", "size" });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badListQueries")
    void listsRefuseBadFiltersPlainly(String path, String field) throws UnsupportedEncodingException {
        String caller = path.contains("audit-trail") ? "admin" : "quality";
        MvcTestResult result = calls.api("GET", path, null, caller);
        String content = result.getResponse().getContentAsString();
        String said = "GET %s answered %d: %s".formatted(path, result.getResponse().getStatus(), content);
        assertThat(result.getResponse().getStatus()).as(said).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).as(said).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertPlainEnglish(JsonPath.read(content, "$.detail"), said);
        List<String> fields = JsonPath.read(content, "$.errors[*].field");
        assertThat(fields).as(said).contains(field);
    }

    /** Pages given values in their address they cannot use: the page with its error, or a plain 400 or 404 page. */
    List<Object[]> badAddresses() {
        return List.of(
                new Object[] { "/events?from=garbage", 200 },
                new Object[] { "/events?from=2026-13-45&to=2026-01-01", 200 },
                new Object[] { "/events?page=abc", 200 },
                new Object[] { "/events?type=BANANA&category=NOPE&stage=NOPE", 200 },
                new Object[] { "/events?serviceId=not-an-id", 200 },
                new Object[] { "/events?q=" + "a".repeat(201), 200 },
                new Object[] { "/events?from=2026-11-20&to=2026-11-01", 200 },
                new Object[] { "/evidence?from=garbage", 400 },
                new Object[] { "/evidence?serviceIds=not-an-id", 400 },
                new Object[] { "/evidence?from=2026-11-20&to=2026-11-01", 200 },
                new Object[] { "/evidence/evidence.json?from=2026-11-01", 400 },
                new Object[] { "/evidence/evidence.json?from=soon&to=later", 400 },
                new Object[] { "/actions?page=abc", 400 },
                new Object[] { "/actions?status=SOMETIMES&page=-3", 200 },
                new Object[] { "/reviews/new?eventId=not-an-id", 404 },
                new Object[] { "/reviews/new", 400 },
                new Object[] { "/reviews/new?eventId={oakEvent}&type=WHATEVER", 400 },
                new Object[] { "/lessons/new?reviewId=not-an-id", 404 },
                new Object[] { "/lessons/new?reviewId={missing}", 404 },
                new Object[] { "/events/not-an-id", 404 },
                new Object[] { "/events/ ", 404 },
                new Object[] { "/events/{missing}/triage", 404 },
                new Object[] { "/duties/not-an-id/completion", 404 },
                new Object[] { "/checks/{missing}", 404 },
                new Object[] { "/lessons/123", 404 });
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("badAddresses")
    void pagesAnswerBadAddressesPlainly(String path, int status) throws UnsupportedEncodingException {
        String caller = path.startsWith("/evidence") ? "quality" : "manager.oak";
        MvcTestResult result = calls.page("GET", records.resolve(path), null, caller);
        String html = result.getResponse().getContentAsString();
        String said = "GET %s answered %d".formatted(path, result.getResponse().getStatus());
        assertThat(result.getResponse().getStatus()).as(said).isEqualTo(status);
        assertNoStackTrace(html, said);
        if (status == 400 || path.contains("garbage") || path.contains("2026-13")) {
            assertThat(html).as(said + ": says what is wrong").contains("govuk-error-summary");
        }
    }

    // ------------------------------------------------------------------------------------------ the forms

    /** A form: where it posts, who fills it in, and a garbled version of what it sends. */
    record Form(String name, String path, String caller, String garbage) {

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Form> FORMS = List.of(
            new Form("report", "/events", "carer.oak", "serviceId=xyz&type=BANANA&occurredDate=32/13/2026"
                    + "&occurredTime=25:99&category=NOPE&physicalHarm=LOTS&psychologicalHarm=&summary=%00%1B%5B31m"
                    + "&description=%E2%80%AEgpj.exe&anonymous=perhaps"),
            new Form("triage", "/events/{oakEvent}/triage", "manager.oak", "physicalHarm=HUGE&psychologicalHarm="
                    + "&consequence=many&likelihood=99&response=SOON&responseReason=%E2%80%AE"),
            new Form("duty completion", "/duties/{oakDuty}/completion", "manager.oak",
                    "completedDate=yesterday&completedTime=noon&method=%07&reference=%00"),
            new Form("duty dismissal", "/duties/{oakDuty}/dismissal", "manager.oak", "reason=%00%07%1B"),
            new Form("open review", "/reviews", "manager.oak", "eventIds=not-an-id&type=WHATEVER&leadUsername=nobody"),
            new Form("open review of an event", "/reviews", "manager.oak",
                    "eventIds={oakEvent}&type=WHATEVER&leadUsername=%00"),
            new Form("review write-up", "/reviews/{oakDraftReview}", "manager.oak",
                    "summary=%00&contributoryFactors=NONSENSE&findingText=%E2%80%AE&findingId=zzz&version=abc"),
            new Form("sign-off", "/reviews/{oakBlankReview}/sign-off", "manager.oak", "summary=signed&status=SIGNED_OFF"),
            new Form("add action", "/reviews/{oakReview}/actions", "manager.oak",
                    "findingId=xyz&description=%00&leadUsername=&dueDate=soon&strength=BRUTE"),
            new Form("action completion", "/actions/{oakAction}/completion", "carer.oak", "evidence=%00%07"),
            new Form("check result", "/checks/{oakCheck}/result", "manager.oak", "verdict=MAYBE&notes=%E2%80%AE"),
            new Form("lesson", "/lessons", "manager.oak", "reviewId={oakReview}&title=%00&summary=&serviceIds=somewhere"),
            new Form("lesson for no review", "/lessons", "manager.oak", "reviewId=garbage&title=Frames"));

    List<Object[]> formPosts() {
        List<Object[]> posts = new ArrayList<>();
        for (Form form : FORMS) {
            posts.add(new Object[] { form.name() + ": nothing", form, "" });
            posts.add(new Object[] { form.name() + ": garbage", form, form.garbage() });
        }
        return posts;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formPosts")
    void formsShowWhatIsWrongAndSaveNothing(String description, Form form, String fields)
            throws UnsupportedEncodingException {
        String path = records.resolve(form.path());
        fixture.awaitReactions();
        OrgSnapshot before = OrgSnapshot.of(fixture.db, fixture.main.organisationId());

        MvcTestResult result = calls.page("POST", path, records.resolve(fields), form.caller());

        fixture.awaitReactions();
        OrgSnapshot after = OrgSnapshot.of(fixture.db, fixture.main.organisationId());
        int status = result.getResponse().getStatus();
        String html = result.getResponse().getContentAsString();
        String said = "%s answered %d".formatted(description, status);
        assertThat(status).as(said).isIn(200, 400);
        assertThat(html).as(said + ": an error summary").contains("govuk-error-summary").contains("There is a problem");
        assertNoStackTrace(html, said);
        assertErrorLinksLand(html, said);
        assertThat(after.changedSince(before)).as(said + ": nothing was saved").isEmpty();
    }

    /**
     * Pages that say a problem beside a field: every form above, nothing and garbage, and the forms
     * and pages outside the loop; each a description, a method, an address, what is sent and who.
     */
    List<Object[]> problemPages() {
        List<Object[]> pages = new ArrayList<>();
        for (Object[] post : formPosts()) {
            Form form = (Form) post[1];
            pages.add(new Object[] { post[0], "POST", form.path(), post[2], form.caller() });
        }
        pages.add(new Object[] { "password change: nothing", "POST", "/account/password", "", "quality" });
        pages.add(new Object[] { "password change: wrong", "POST", "/account/password",
                "currentPassword=not-mine&newPassword=short", "quality" });
        pages.add(new Object[] { "two-step set-up: wrong code", "POST", "/account/two-step", "code=12&currentPassword=x",
                "manager.oak" });
        pages.add(new Object[] { "API token: no name", "POST", "/account/tokens", "name=", "quality" });
        pages.add(new Object[] { "new person: nothing", "POST", "/admin/people", "", "admin" });
        pages.add(new Object[] { "new service: nothing", "POST", "/admin/services", "", "admin" });
        pages.add(new Object[] { "follow-up: unknown code", "POST", "/follow-up", "code=AAAA-BBBB", "carer.oak" });
        pages.add(new Object[] { "sign-in: failed", "GET", "/login?error", null, "anonymous" });
        return pages;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problemPages")
    void eachProblemIsSaidBesideItsField(String description, String method, String path, String fields, String caller)
            throws UnsupportedEncodingException {
        MvcTestResult result = calls.page(method, records.resolve(path), fields == null ? null : records.resolve(fields),
                caller);

        assertProblemsBesideFields(result.getResponse().getContentAsString(), description);
    }

    private static final Pattern SUMMARY_LINK = Pattern.compile("<a href=\"#([^\"]+)\">([^<]*)</a>");
    private static final Pattern ERROR_MESSAGE = Pattern.compile("<p class=\"govuk-error-message\" id=\"[^\"]+-error\">"
            + "\\s*<span class=\"govuk-visually-hidden\">Error:</span>\\s*<span>([^<]*)</span></p>");

    /**
     * Each problem the error summary lists for a field a person can see is said again beside the
     * field, as GOV.UK Frontend says it: in an error message whose id ends in -error, after a
     * visually hidden "Error:". A hidden field (a form's version, the only service someone works
     * in) has no place beside it, so it has only the summary.
     */
    static void assertProblemsBesideFields(String html, String said) {
        int summaryStart = html.indexOf("govuk-error-summary__list");
        assertThat(summaryStart).as(said + ": the error summary lists the problems").isPositive();
        String list = html.substring(summaryStart, html.indexOf("</ul>", summaryStart));
        List<String> beside = ERROR_MESSAGE.matcher(html).results().map(m -> m.group(1)).toList();
        List<MatchResult> links = SUMMARY_LINK.matcher(list).results().toList();
        assertThat(links).as(said + ": every link of the summary is read").hasSize(list.split("href=\"#", -1).length - 1);
        for (MatchResult link : links) {
            String field = link.group(1);
            if (field.equals("main-content") || hidden(html, field)) {
                continue;
            }
            assertThat(beside).as(said + ": \"" + link.group(2) + "\" said beside #" + field)
                    .anySatisfy(message -> assertThat(message).contains(link.group(2)));
        }
    }

    private static boolean hidden(String html, String id) {
        Matcher control = Pattern.compile("<input[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        return control.find() && control.group().contains("type=\"hidden\"");
    }

    /** Each link of the error summary goes to a field on the page, as GOV.UK's error summary expects. */
    static void assertErrorLinksLand(String html, String said) {
        int summaryStart = html.indexOf("govuk-error-summary__list");
        assertThat(summaryStart).as(said + ": the error summary lists the problems").isPositive();
        String list = html.substring(summaryStart, html.indexOf("</ul>", summaryStart));
        var links = java.util.regex.Pattern.compile("href=\"#([^\"]+)\"").matcher(list);
        while (links.find()) {
            assertThat(html).as(said + ": the summary's link #" + links.group(1) + " lands on a field")
                    .contains("id=\"" + links.group(1) + "\"");
        }
    }

    // ------------------------------------------------------------------------------------------ plain English

    static void assertPlainEnglish(String text, String said) {
        assertThat(text).as(said + ": a message").isNotBlank().hasSizeLessThan(400);
        for (String jargon : List.of("Exception", "exception", "java.", "jackson", "Jackson", "tools.", "org.", "JSON parse",
                "Cannot deserialize", "Cannot construct", "Unrecognized", "[Source", "line:", "column:", "null", "NULL",
                "Failed to convert", "SQL", "constraint")) {
            assertThat(text).as(said + ": no jargon").doesNotContain(jargon);
        }
    }

    static void assertNoStackTrace(String html, String said) {
        for (String trace : List.of("Exception", "\tat ", "at org.", "at java.", "org.springframework", "Whitelabel")) {
            assertThat(html).as(said + ": no stack trace").doesNotContain(trace);
        }
    }
}
