package org.learnloop.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learnloop.actions.ActionStrength;
import org.learnloop.actions.AddAction;
import org.learnloop.assurance.RecordVerdict;
import org.learnloop.assurance.Verdict;
import org.learnloop.learning.DraftLesson;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.reporting.ReportEvent;
import org.learnloop.review.ContributoryFactor;
import org.learnloop.review.LearningResponse;
import org.learnloop.review.OpenReview;
import org.learnloop.review.UpdateReview;
import org.learnloop.shared.PageOf;
import org.learnloop.shared.UkTime;
import org.learnloop.triage.TriageEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what, endpoint by endpoint and page by page: every row of
 * {@code access/access-matrix.csv} is one call by one person, with the answer Learnloop must give.
 * The table is the specification; its header says how to read it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    static final String MATRIX = "/access/access-matrix.csv";

    /** Bodies named in the matrix: JSON for the API, form fields for pages. */
    static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("@report", """
                    {"type":"INCIDENT","serviceId":"{oak}","occurredAt":"{anHourAgo}","category":"FALL",
                     "summary":"Slipped in the lounge","description":"Found on the floor by her chair.",
                     "physicalHarm":"LOW","psychologicalHarm":"NONE"}"""),
            Map.entry("@reportAtOtherOrg", """
                    {"type":"INCIDENT","serviceId":"{otherOak}","occurredAt":"{anHourAgo}","category":"FALL",
                     "summary":"Slipped in the lounge","description":"Found on the floor by her chair.",
                     "physicalHarm":"LOW","psychologicalHarm":"NONE"}"""),
            Map.entry("@amendment", """
                    {"text":"The GP visited in the afternoon and found no fracture."}"""),
            Map.entry("@triage", """
                    {"physicalHarm":"LOW","psychologicalHarm":"NONE","consequence":2,"likelihood":3,
                     "response":"LOCAL_REVIEW","responseReason":"Low harm and a known risk"}"""),
            Map.entry("@completion", """
                    {"completedAt":"{anHourAgo}","method":"Met the family and wrote to them","reference":"DOC-1"}"""),
            Map.entry("@dismissal", """
                    {"reason":"No lasting harm: the duty does not apply"}"""),
            Map.entry("@openReview", """
                    {"eventIds":["{oakEvent}"],"type":"AFTER_ACTION_REVIEW","leadUsername":"{username:manager.oak}"}"""),
            Map.entry("@openReviewOfOtherOrgEvent", """
                    {"eventIds":["{otherOrgEvent}"],"type":"AFTER_ACTION_REVIEW","leadUsername":"{username:manager.oak}"}"""),
            Map.entry("@openReviewLedFromOtherOrg", """
                    {"eventIds":["{oakEvent}"],"type":"AFTER_ACTION_REVIEW","leadUsername":"{otherUsername:manager.oak}"}"""),
            Map.entry("@updateReview", """
                    {"summary":"The frame was out of reach.","contributoryFactors":["EQUIPMENT_RESOURCES"],
                     "findings":[{"text":"Frames are moved during cleaning."}]}"""),
            Map.entry("@addAction", """
                    {"description":"Mark the frame's place by each chair","leadUsername":"{username:carer.oak}",
                     "dueDate":"{inTwoWeeks}","strength":"INTERMEDIATE","findingId":"{oakFinding}"}"""),
            Map.entry("@addActionLedFromOtherOrg", """
                    {"description":"Mark the frame's place by each chair","leadUsername":"{otherUsername:carer.oak}",
                     "dueDate":"{inTwoWeeks}","strength":"INTERMEDIATE","findingId":"{oakFinding}"}"""),
            Map.entry("@evidence", """
                    {"evidence":"Places marked by every chair; seen in use on three shifts."}"""),
            Map.entry("@verdict", """
                    {"verdict":"EMBEDDED","notes":"Frames within reach on every visit this month."}"""),
            Map.entry("@lesson", """
                    {"reviewId":"{oakReview}","title":"Frames within reach","summary":"Keep frames within reach.",
                     "serviceIds":["{oak}"]}"""),
            Map.entry("@lessonForOtherOrgService", """
                    {"reviewId":"{oakReview}","title":"Frames within reach","summary":"Keep frames within reach.",
                     "serviceIds":["{otherOak}"]}"""),
            Map.entry("@token", """
                    {"name":"Care records system"}"""),
            Map.entry("@passwordChange", """
                    {"currentPassword":"demo","newPassword":"rain on the conservatory roof"}"""),
            Map.entry("@twoStepConfirmation", """
                    {"code":"123456","currentPassword":"demo"}"""),
            Map.entry("@twoStepConfirmationFromApp", """
                    {"code":"{appCode}","currentPassword":"demo"}"""),
            Map.entry("@twoStepOff", """
                    {"currentPassword":"demo"}"""),
            Map.entry("@service", """
                    {"code":"{newServiceCode}","name":"Willow Court","kind":"CARE_HOME","nation":"ENGLAND"}"""),
            Map.entry("@serviceName", """
                    {"name":"Willow Court Nursing","version":0}"""),
            Map.entry("@person", """
                    {"username":"{newUsername}","displayName":"Nia Evans","email":"nia@example.org",
                     "role":"CARE_WORKER","serviceIds":["{oak}"]}"""),
            Map.entry("@personAtOtherOrg", """
                    {"username":"{newUsername}","displayName":"Nia Evans","email":"nia@example.org",
                     "role":"CARE_WORKER","serviceIds":["{otherOak}"]}"""),
            Map.entry("@personChange", """
                    {"role":"TEAM_LEADER","serviceIds":["{oak}"],"enabled":true,"version":0}"""),
            Map.entry("@stopSigningIn", """
                    {"role":"ADMINISTRATOR","serviceIds":[],"enabled":false,"version":0}"""),
            Map.entry("@reportForm", "serviceId={oak}&type=INCIDENT&occurredDate={yesterday}&occurredTime=10:00"
                    + "&category=FALL&summary=Slipped+in+the+lounge&description=Found+on+the+floor"
                    + "&physicalHarm=LOW&psychologicalHarm=NONE"),
            Map.entry("@amendmentForm", "text=The+GP+visited+in+the+afternoon"),
            Map.entry("@triageForm", "physicalHarm=LOW&psychologicalHarm=NONE&consequence=2&likelihood=3"
                    + "&response=LOCAL_REVIEW&responseReason=Low+harm+and+a+known+risk"),
            Map.entry("@triageFormGarbage", "physicalHarm=HUGE&consequence=many&response=SOON"),
            Map.entry("@completionForm", "completedDate={yesterday}&completedTime=12:00&method=Phoned+the+family"
                    + "&reference=DOC-2"),
            Map.entry("@dismissalForm", "reason=No+lasting+harm"),
            Map.entry("@openReviewForm", "eventIds={oakEvent}&type=AFTER_ACTION_REVIEW&leadUsername={username:manager.oak}"),
            Map.entry("@openReviewFormGarbage", "eventIds={oakEvent}&type=WHATEVER"),
            Map.entry("@reviewForm", "summary=The+frame+was+out+of+reach&contributoryFactors=EQUIPMENT_RESOURCES"
                    + "&findingText=Frames+are+moved+during+cleaning&findingId="),
            Map.entry("@reviewFormGarbage", "contributoryFactors=NONSENSE&version=abc"),
            Map.entry("@addActionForm", "findingId={oakFinding}&description=Mark+the+frame%27s+place"
                    + "&leadUsername={username:carer.oak}&dueDate={inTwoWeeks}&strength=INTERMEDIATE"),
            Map.entry("@addActionFormGarbage", "findingId=xyz&dueDate=soon&strength=BRUTE"),
            Map.entry("@evidenceForm", "evidence=Places+marked+by+every+chair"),
            Map.entry("@verdictForm", "verdict=EMBEDDED&notes=Frames+within+reach"),
            Map.entry("@verdictFormGarbage", "verdict=MAYBE"),
            Map.entry("@lessonForm", "reviewId={oakReview}&title=Frames+within+reach&summary=Keep+frames+within+reach"
                    + "&serviceIds={oak}"),
            Map.entry("@lessonFormGarbage", "reviewId={oakReview}&serviceIds=somewhere"),
            Map.entry("@followUpForm", "code=ABCD-2345"),
            Map.entry("@passwordForm", "currentPassword=demo&newPassword=rain+on+the+conservatory+roof"),
            Map.entry("@tokenForm", "name=Care+records+system"),
            Map.entry("@twoStepForm", "code=123456&currentPassword=demo"),
            Map.entry("@twoStepFormFromApp", "code={appCode}&currentPassword=demo"),
            Map.entry("@twoStepOffForm", "currentPassword=demo"),
            Map.entry("@serviceForm", "code={newServiceCode}&name=Willow+Court&kind=CARE_HOME&nation=ENGLAND"),
            Map.entry("@serviceNameForm", "name=Willow+Court+Nursing&version=0"),
            Map.entry("@personForm", "username={newUsername}&displayName=Nia+Evans&role=CARE_WORKER&serviceIds={oak}"),
            Map.entry("@personFormAtOtherOrg", "username={newUsername}&displayName=Nia+Evans&role=CARE_WORKER"
                    + "&serviceIds={otherOak}"),
            Map.entry("@personChangeForm", "role=TEAM_LEADER&serviceIds={oak}&version=0"),
            Map.entry("@stopSigningInForm", "enabled=false&version=0"));

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlers;

    private AccessFixture fixture;
    private Records shared;
    private Calls calls;

    @BeforeAll
    void buildTheLoop() {
        fixture = new AccessFixture(context);
        calls = new Calls(mvc, accounts, fixture);
        shared = fixture.records();
        for (Row row : rows()) {
            if (!row.needsFreshRecords()) {
                shared.caller(row.caller());
                Stream.of(row.path(), row.body()).flatMap(text -> Records.namesIn(text).stream()).forEach(shared::id);
                Stream.of(row.shows(), row.hides()).flatMap(List::stream).forEach(shared::id);
            }
        }
        fixture.awaitReactions();
    }

    /** One call by one person, and the answer it must get. */
    record Row(int line, String method, String path, String body, String caller, String expected, List<String> shows,
            List<String> hides) {

        /**
         * A change that is let through runs on records of its own, so that it cannot alter what
         * any other row sees, whatever order the rows run in.
         */
        boolean needsFreshRecords() {
            return !method.equals("GET") && (expected.equals("ALLOWED") || expected.startsWith("2"));
        }

        boolean api() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return "%s %s as %s -> %s (line %d)".formatted(method, path, caller, expected, line);
        }
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (var in = getClass().getResourceAsStream(MATRIX);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank() || text.startsWith("#") || text.startsWith("method,")) {
                    continue;
                }
                String[] cells = text.split(",", -1);
                if (cells.length < 5 || cells.length > 7) {
                    throw new IllegalStateException("Line " + line + " of the matrix needs 5 to 7 columns: " + text);
                }
                String caller = cells[3].trim();
                rows.add(new Row(line, cells[0].trim(), cells[1].trim(), body(cells[2].trim(), caller, line), caller,
                        cells[4].trim(), names(cells, 5), names(cells, 6)));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The body a row names, with {@code {appCode}} standing for the code the caller's own authenticator app shows. */
    private static String body(String cell, String caller, int line) {
        if (cell.isEmpty()) {
            return null;
        }
        String body = BODIES.get(cell);
        if (body == null) {
            throw new IllegalStateException("Line " + line + " names an unknown body " + cell);
        }
        return body.replace("{appCode}", "{appCode:" + caller + "}");
    }

    private static List<String> names(String[] cells, int column) {
        if (cells.length <= column || cells[column].isBlank()) {
            return List.of();
        }
        return List.of(cells[column].trim().split("\\s+"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) throws UnsupportedEncodingException {
        Records records = row.needsFreshRecords() ? fixture.records() : shared;
        String path = records.resolve(row.path());
        String body = records.resolve(row.body());
        Stream.of(row.shows(), row.hides()).flatMap(List::stream).forEach(records::id);
        Set<UUID> restricted = restrictedEvents(records, row);
        Map<UUID, Long> readsBefore = reads(restricted);

        MvcTestResult result = calls.call(row.method(), path, body, records.caller(row.caller()));
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        String content = result.getResponse().getContentAsString();

        String said = "%s %s as %s answered %d%s".formatted(row.method(), path, row.caller(), status,
                location == null ? "" : " to " + location) + (content.length() > 600 ? "" : ": " + content);
        switch (row.expected()) {
            case "ALLOWED" -> {
                assertThat(status).as(said).isNotIn(401, 403, 404, 405).isLessThan(500);
                assertThat(status == 302 && signIn(location)).as(said + " (sent to sign in)").isFalse();
            }
            case "302" -> {
                assertThat(status).as(said).isEqualTo(302);
                assertThat(signIn(location)).as(said + " (not sent to sign in)").isTrue();
            }
            default -> assertThat(status).as(said).isEqualTo(Integer.parseInt(row.expected()));
        }
        if (row.api() && status >= 400) {
            assertThat(result.getResponse().getContentType()).as(said)
                    .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        for (String name : row.shows()) {
            assertThat(content).as(said + ": shows " + name).contains(records.id(name));
        }
        for (String name : row.hides()) {
            assertThat(content).as(said + ": hides " + name).doesNotContain(records.id(name));
        }
        if (status >= 200 && status < 300 && !Records.RESTRICTED_REPORTER.equals(row.caller())) {
            for (UUID event : restricted) {
                assertThat(fixture.trail.countFor(fixture.main.organisationId(), "EVENT", event, "READ"))
                        .as(said + ": the read of restricted event " + event + " is in the audit trail")
                        .isGreaterThan(readsBefore.get(event));
            }
        }
    }

    /**
     * The reporter of a restricted record reading their own report leaves no entry: the report of
     * restricted reads would otherwise name who raised a confidential concern.
     */
    @Test
    void theReportersOwnReadOfARestrictedReportIsNotRecorded() {
        UUID concern = UUID.fromString(shared.id("oakSafeguarding"));
        long before = fixture.trail.countFor(fixture.main.organisationId(), "EVENT", concern, "READ");

        calls.api("GET", "/api/v1/events/" + concern, null, Records.RESTRICTED_REPORTER);
        calls.api("GET", "/api/v1/events/" + concern, null, "manager.oak");

        assertThat(fixture.trail.countFor(fixture.main.organisationId(), "EVENT", concern, "READ"))
                .as("only the manager's read is recorded").isEqualTo(before + 1);
    }

    /**
     * Every endpoint and page Learnloop has is in the matrix, each called at least by someone who
     * may, by someone of the other provider, and by someone signed out.
     */
    @Test
    void everyEndpointAndPageIsInTheMatrix() {
        Map<String, List<Row>> byCall = new TreeMap<>();
        rows().forEach(r -> byCall.computeIfAbsent(call(r.method(), r.path()), k -> new ArrayList<>()).add(r));
        Set<String> handled = new TreeSet<>();
        handlers.getHandlerMethods().keySet().forEach(info -> {
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/v3/api-docs") && !pattern.startsWith("/swagger-ui") && !pattern.equals("/error")) {
                    methods.forEach(m -> handled.add(call(m, pattern)));
                }
            }
        });
        Set<String> elsewhere = coveredElsewhere();
        assertThat(handled).as("calls said to be covered elsewhere still exist").containsAll(elsewhere);
        handled.removeAll(elsewhere);
        assertThat(byCall.keySet()).as("the calls in the matrix").containsAll(handled);
        for (String call : handled) {
            List<Row> rows = byCall.get(call);
            assertThat(rows).as(call + " is called signed out").anyMatch(r -> r.caller().equals("anonymous"));
            assertThat(rows).as(call + " is called by the other provider")
                    .anyMatch(r -> Records.modelledOn(r.caller()).startsWith("otherOrg."));
            assertThat(rows).as(call + " is let through for someone")
                    .anyMatch(r -> !r.caller().equals("anonymous") && (r.expected().equals("ALLOWED") || r.expected().startsWith("2")));
        }
    }

    /** The calls whose access rules another test class proves, listed in {@code covered-elsewhere.csv}. */
    private static Set<String> coveredElsewhere() {
        try (var in = AccessMatrixTests.class.getResourceAsStream("/access/covered-elsewhere.csv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("call,"))
                    .map(line -> line.substring(0, line.indexOf(',')))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A form posted without the token of the page it came from is refused, whoever is signed in. */
    @Test
    void formPostsWithoutTheirTokenAreRefusedAndSaveNothing() {
        fixture.awaitReactions();
        OrgSnapshot before = OrgSnapshot.of(fixture.db, fixture.main.organisationId());
        for (String[] post : List.of(new String[] { "/events", "@reportForm", "carer.oak" },
                new String[] { "/events/{oakEvent}/triage", "@triageForm", "manager.oak" },
                new String[] { "/reviews/{oakReview}/actions", "@addActionForm", "manager.oak" },
                new String[] { "/lessons/{oakLesson}/acknowledgements", null, "carer2.oak" })) {
            var request = mvc.post().uri(shared.resolve(post[0])).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .with(user(accounts.loadUserByUsername(fixture.username(post[2]))));
            for (var field : Calls.fields(shared.resolve(post[1] == null ? null : BODIES.get(post[1])))) {
                request = request.param(field.getKey(), field.getValue());
            }
            assertThat(request.exchange().getResponse().getStatus()).as("POST " + post[0] + " without its token").isEqualTo(403);
        }
        fixture.awaitReactions();
        assertThat(OrgSnapshot.of(fixture.db, fixture.main.organisationId()).changedSince(before)).as("nothing saved").isEmpty();
    }

    /** A personal API token opens what its owner may see and no more, and stops working when revoked. */
    @Test
    void personalTokensOpenOnlyWhatTheirOwnerMaySee() throws UnsupportedEncodingException {
        var created = calls.api("POST", "/api/v1/me/tokens", "{\"name\":\"Care records\"}", "carer.oak");
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String body = created.getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        String id = JsonPath.read(body, "$.id");

        assertThat(bearer(token, "/api/v1/events/" + shared.id("oakEvent"))).as("own report").isEqualTo(200);
        assertThat(bearer(token, "/api/v1/events/" + shared.id("oakSafeguarding"))).as("a colleague's concern").isEqualTo(404);
        assertThat(bearer(token, "/api/v1/events/" + shared.id("otherOrgEvent"))).as("another provider's").isEqualTo(404);
        assertThat(bearer(token, "/api/v1/audit-trail")).as("the audit trail").isEqualTo(403);
        assertThat(bearer("ll_" + "A".repeat(43), "/api/v1/me")).as("a made-up token").isEqualTo(401);
        assertThat(bearer("", "/api/v1/me")).as("an empty token").isEqualTo(401);
        assertThat(calls.api("DELETE", "/api/v1/me/tokens/" + id, null, "carer2.oak").getResponse().getStatus())
                .as("revoked by someone else").isEqualTo(404);
        assertThat(bearer(token, "/api/v1/me")).as("still works").isEqualTo(200);
        assertThat(calls.api("DELETE", "/api/v1/me/tokens/" + id, null, "carer.oak").getResponse().getStatus())
                .as("revoked by its owner").isEqualTo(204);
        assertThat(bearer(token, "/api/v1/me")).as("a revoked token").isEqualTo(401);
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(fixture.username("carer.oak"), "not-the-password"))
                .exchange().getResponse().getStatus()).as("a wrong password").isEqualTo(401);
    }

    private int bearer(String token, String path) {
        return mvc.get().uri(path).header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON).exchange()
                .getResponse().getStatus();
    }

    /**
     * An anonymous reporter follows up their concern with its code; the read is in the audit
     * trail like any other read of a restricted record, and the code opens nothing in another
     * provider.
     */
    @Test
    void followingUpAnAnonymousConcernIsInTheAuditTrail() throws UnsupportedEncodingException {
        var reported = fixture.reporting.report(fixture.main.actor("carer2.oak"), new ReportEvent(
                EventType.STAFF_CONCERN, fixture.main.oak(), Records.OCCURRED,
                Category.STAFF_ATTITUDE, "Shouting on nights", "Heard from the corridor.", null,
                PhysicalHarm.NONE, PsychologicalHarm.LOW, true));
        long before = fixture.trail.countFor(fixture.main.organisationId(), "EVENT", reported.id(), "READ");

        var followed = calls.page("POST", "/follow-up", "code=" + reported.followUpCode(), "carer2.oak");
        assertThat(followed.getResponse().getContentAsString()).contains("Shouting on nights");
        assertThat(fixture.trail.countFor(fixture.main.organisationId(), "EVENT", reported.id(), "READ"))
                .as("the follow-up read is in the audit trail").isEqualTo(before + 1);
        var entries = fixture.trail.entries(fixture.main.actor("admin"), "READ", new PageOf.Request(0, 500)).items();
        assertThat(entries).filteredOn(e -> reported.id().equals(e.subjectId()))
                .as("the trail does not name the anonymous reporter").singleElement()
                .satisfies(e -> assertThat(e.actor()).isNull());

        var elsewhere = calls.page("POST", "/follow-up", "code=" + reported.followUpCode(), "otherOrg.carer.oak");
        assertThat(elsewhere.getResponse().getStatus()).isEqualTo(200);
        assertThat(elsewhere.getResponse().getContentAsString()).doesNotContain("Shouting on nights");
    }

    /**
     * A thematic review across two services closes the loop of each event; a manager of one
     * service sees the closed loop of their event in the evidence, but not the review, which
     * also tells of the other service's event.
     */
    @Test
    void evidenceLeavesOutAReviewOfAnotherServicesEvent() throws UnsupportedEncodingException {
        var quality = fixture.main.actor("quality");
        var carer = fixture.main.actor("carer.oak");
        UUID oakFall = fixture.reporting.report(carer, new ReportEvent(EventType.INCIDENT, fixture.main.oak(),
                Records.OCCURRED, Category.FALL, "Fall by the lift", "Found by the lift.", null, PhysicalHarm.LOW,
                PsychologicalHarm.NONE, false)).id();
        UUID riversideFall = fixture.reporting.report(fixture.main.actor("carer.riverside"), new ReportEvent(
                EventType.INCIDENT, fixture.main.riverside(), Records.OCCURRED, Category.FALL, "Fall on a visit",
                "Found on the kitchen floor.", null, PhysicalHarm.LOW, PsychologicalHarm.NONE, false)).id();
        for (UUID event : List.of(oakFall, riversideFall)) {
            fixture.triages.triage(quality, event, new TriageEvent(PhysicalHarm.LOW,
                    PsychologicalHarm.NONE, 2, 3, LearningResponse.THEMATIC_REVIEW, "Falls across services"));
        }
        UUID review = fixture.reviews.open(quality, new OpenReview(List.of(oakFall, riversideFall),
                LearningResponse.THEMATIC_REVIEW, fixture.main.username("quality"))).id();
        var written = fixture.reviews.update(quality, review, new UpdateReview("Falls near doors.",
                Set.of(ContributoryFactor.WORKING_CONDITIONS),
                List.of(new UpdateReview.FindingInput(null, "Door closers are too strong.")), null));
        fixture.reviews.signOff(quality, review);
        UUID action = fixture.actions.add(quality, review, new AddAction("Soften the door closers",
                fixture.main.username("carer.oak"), UkTime.londonDate(Instant.now()).plusDays(7),
                ActionStrength.STRONGER, written.findings().get(0).id())).id();
        fixture.actions.complete(carer, action, "Closers adjusted on every door.");
        fixture.actions.verify(quality, action);
        fixture.awaitReactions();
        UUID check = fixture.checks.forActions(fixture.main.organisationId(), List.of(action)).get(0).id();
        fixture.checks.record(quality, check, new RecordVerdict(
                Verdict.EMBEDDED, "Doors close gently."));
        UUID lesson = fixture.lessons.draft(quality, new DraftLesson(review, "Gentle doors",
                "Door closers can knock people over.", List.of(fixture.main.oak(), fixture.main.riverside()))).id();
        fixture.lessons.publish(quality, lesson);

        String path = shared.resolve("/api/v1/evidence-pack?from={monthAgo}&to={today}");
        String forQuality = calls.api("GET", path, null, "quality").getResponse().getContentAsString();
        String forManager = calls.api("GET", path, null, "manager.oak").getResponse().getContentAsString();

        assertThat(JsonPath.<List<String>>read(forQuality, "$.closedLoops[*].event.id"))
                .contains(oakFall.toString(), riversideFall.toString());
        assertThat(forQuality).as("the quality lead sees the review").contains(review.toString());
        assertThat(JsonPath.<List<String>>read(forManager, "$.closedLoops[*].event.id"))
                .as("Oak House's closed loop").contains(oakFall.toString()).doesNotContain(riversideFall.toString());
        assertThat(forManager).as("a review that also tells of Riverside's event").doesNotContain(review.toString())
                .doesNotContain("Door closers are too strong.");
    }

    private static String call(String method, String path) {
        return method + " " + path.replaceAll("\\?.*", "").replaceAll("\\{[^}]+}", "{}");
    }

    private static boolean signIn(String location) {
        return location != null && location.endsWith("/login");
    }

    private static Set<UUID> restrictedEvents(Records records, Row row) {
        Set<UUID> events = new LinkedHashSet<>();
        for (String name : Records.namesIn(row.path())) {
            String event = Records.restrictedEventOf(name);
            if (event != null) {
                events.add(records.uuid(event));
            }
        }
        return events;
    }

    private Map<UUID, Long> reads(Set<UUID> events) {
        Map<UUID, Long> reads = new HashMap<>();
        for (UUID event : events) {
            reads.put(event, fixture.trail.countFor(fixture.main.organisationId(), "EVENT", event, "READ"));
        }
        return reads;
    }
}
