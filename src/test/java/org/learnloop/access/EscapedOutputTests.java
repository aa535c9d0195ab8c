package org.learnloop.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learnloop.assurance.RecordVerdict;
import org.learnloop.assurance.Verdict;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.reporting.ReportEvent;
import org.learnloop.triage.CompleteDuty;
import org.learnloop.triage.DutyStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A script typed into any free-text field is stored as typed and shown as text, never run: every
 * field of a whole loop holds {@value #SCRIPT} followed by the field's name, and every page that
 * shows the field must show it escaped and never as markup.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscapedOutputTests {

    static final String SCRIPT = "\"><script>alert(1)</script>";
    static final String RAW = "<script>alert(1)</script>";
    static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService accounts;

    private Records records;
    private Calls calls;
    /** Records made for this test alone, by name: {untriaged}, {untriagedDuty}, {followUpCode}. */
    private final Map<String, String> more = new HashMap<>();

    /** The text stored in one field. */
    static String in(String field) {
        return SCRIPT + " in " + field;
    }

    /** What a page must show for it. */
    static String shown(String field) {
        return ESCAPED + " in " + field;
    }

    @BeforeAll
    void fillEveryFieldWithAScript() {
        AccessFixture fixture = new AccessFixture(context);
        calls = new Calls(mvc, accounts, fixture);
        records = fixture.records(new Wording(in("summary"), in("description"), in("immediate actions"),
                in("triage reason"), in("review summary"), in("finding"), in("action description"), in("evidence"),
                in("lesson title"), in("lesson summary")));
        UUID event = records.uuid("oakEvent");
        fixture.reporting.amend(records.actor("carer.oak"), event, in("amendment"));
        UUID candour = records.uuid("oakDuty");
        fixture.duties.complete(records.actor("manager.oak"), candour,
                new CompleteDuty(Instant.now().minusSeconds(60), in("duty method"), "REF-1"));
        fixture.checks.record(records.actor("manager.oak"), records.uuid("oakCheck"),
                new RecordVerdict(Verdict.EMBEDDED, in("check notes")));
        records.id("oakLesson");

        var untriaged = fixture.reporting.report(records.actor("carer.oak"), new ReportEvent(EventType.INCIDENT,
                fixture.main.oak(), Records.OCCURRED, Category.FALL, in("untriaged summary"), in("untriaged description"),
                in("untriaged immediate actions"), PhysicalHarm.MODERATE, PsychologicalHarm.NONE, false));
        var anonymous = fixture.reporting.report(records.actor("carer.oak"), new ReportEvent(EventType.NEAR_MISS,
                fixture.main.oak(), Records.OCCURRED, Category.MEDICATION, in("anonymous summary"), in("anonymous description"),
                null, PhysicalHarm.NONE, PsychologicalHarm.NONE, true));
        fixture.awaitReactions();
        UUID untriagedDuty = fixture.duties.forEvent(records.actor("manager.oak"), untriaged.id()).stream()
                .filter(d -> d.status() == DutyStatus.DUE).findFirst().orElseThrow().id();
        more.put("untriaged", untriaged.id().toString());
        more.put("untriagedDuty", untriagedDuty.toString());
        more.put("followUpCode", anonymous.followUpCode());
    }

    /** A page, who opens it, and the fields it shows. */
    record Page(String method, String path, String caller, String form, List<String> fields) {

        @Override
        public String toString() {
            return method + " " + path + " as " + caller;
        }
    }

    List<Page> pages() {
        return List.of(
                get("/events/{oakEvent}", "manager.oak", "summary", "description", "immediate actions", "amendment",
                        "triage reason", "duty method", "finding", "action description", "lesson title", "lesson summary"),
                get("/events/{oakEvent}", "carer.oak", "summary", "description", "immediate actions", "amendment"),
                get("/events", "manager.oak", "summary", "untriaged summary"),
                get("/events?q=script", "leader.oak", "summary", "untriaged summary"),
                get("/my-reports", "carer.oak", "summary", "untriaged summary"),
                get("/attention", "manager.oak", "untriaged summary"),
                get("/events/{oakEvent}/triage", "manager.oak", "summary", "triage reason"),
                get("/events/{untriaged}/triage", "manager.oak", "untriaged summary"),
                get("/duties/{untriagedDuty}/completion", "manager.oak", "untriaged summary", "untriaged description",
                        "untriaged immediate actions"),
                get("/duties/{untriagedDuty}/dismissal", "manager.oak"),
                get("/reviews/new?eventId={oakEvent}", "manager.oak", "summary", "untriaged summary"),
                get("/reviews/{oakReview}", "manager.oak", "summary", "review summary", "finding"),
                get("/reviews/{oakReview}", "carer.oak", "summary", "review summary", "finding"),
                get("/reviews/{oakReview}/actions", "manager.oak", "finding", "action description"),
                get("/actions", "carer.oak", "action description"),
                get("/actions", "manager.oak", "action description"),
                get("/actions/{oakVerifiedAction}", "carer.oak", "action description", "evidence", "finding"),
                get("/checks", "manager.oak", "action description"),
                get("/checks/{oakCheck}", "manager.oak", "check notes", "finding", "action description", "evidence"),
                get("/lessons", "carer.oak", "lesson title"),
                get("/lessons/{oakLesson}", "carer.oak", "lesson title", "lesson summary"),
                get("/lessons/new?reviewId={oakReview}", "manager.oak", "finding"),
                get("/evidence", "quality", "summary", "action description", "lesson title"),
                new Page("POST", "/follow-up", "carer.oak", "code={followUpCode}", List.of("anonymous summary")));
    }

    private static Page get(String path, String caller, String... fields) {
        return new Page("GET", path, caller, null, List.of(fields));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void scriptsAreShownAsTextNeverRun(Page page) throws UnsupportedEncodingException {
        String path = resolve(page.path());
        MvcTestResult result = calls.page(page.method(), path, resolve(page.form()), page.caller());
        String html = result.getResponse().getContentAsString();
        String said = page + " answered " + result.getResponse().getStatus();

        assertThat(result.getResponse().getStatus()).as(said).isEqualTo(200);
        assertThat(html).as(said + ": no script as markup").doesNotContain(RAW).doesNotContain("<script>alert");
        for (String field : page.fields()) {
            assertThat(html).as(said + ": shows the " + field + " as text").contains(shown(field));
        }
    }

    private String resolve(String text) {
        if (text == null) {
            return null;
        }
        String resolved = text;
        for (var entry : more.entrySet()) {
            resolved = resolved.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return records.resolve(resolved);
    }
}
