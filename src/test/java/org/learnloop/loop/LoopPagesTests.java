package org.learnloop.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.learnloop.support.ApiTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/** The pages that look across the loop, as each person sees them. */
class LoopPagesTests extends ApiTest {

    private String report(String who, String type, String summary) {
        var result = as(who).post("/api/v1/events", """
                {"type":"%s","serviceId":"%s","occurredAt":"%s","category":"FALL","summary":"%s",
                 "description":"Found beside the bed.","physicalHarm":"LOW","psychologicalHarm":"NONE"}
                """.formatted(type, provider.oak(), Instant.now().minus(2, ChronoUnit.HOURS), summary));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return JsonPath.read(body(result), "$.id");
    }

    private MvcTestResult page(String who, String path, Object... vars) {
        return mvc.get().uri(path, vars).with(signedInAs(who)).exchange();
    }

    @Test
    void carerSeesTheirReportAndItsStageOnMyReports() {
        report("carer.oak", "INCIDENT", "Found on the floor of the lounge");

        var result = page("carer.oak", "/my-reports");

        assertThat(result).hasStatusOk();
        assertThat(body(result)).contains("Found on the floor of the lounge").contains("Reported");
    }

    @Test
    void managerSeesAnUntriagedEventOnNeedsAttentionAndTheLoopOnItsPage() {
        String event = report("carer.oak", "INCIDENT", "Fall in the corridor");

        assertThat(body(page("manager.oak", "/attention"))).contains("Events to triage").contains("Fall in the corridor");
        String html = body(page("manager.oak", "/events/{id}", event));
        assertThat(html).contains("Triage this event").contains("Still to do")
                .contains("Triage the event: grade the harm and risk and choose a learning response");
    }

    @Test
    void anEventStillToTriageStaysOnNeedsAttentionHoweverOldUntilItIsTriaged() {
        var old = as("carer.oak").post("/api/v1/events", """
                {"type":"INCIDENT","serviceId":"%s","occurredAt":"%s","category":"FALL","summary":"Fall in the garden last spring",
                 "description":"Told us only now.","physicalHarm":"LOW","psychologicalHarm":"NONE"}
                """.formatted(provider.oak(), Instant.now().minus(200, ChronoUnit.DAYS)));
        assertThat(old).hasStatus(HttpStatus.CREATED);
        String event = JsonPath.read(body(old), "$.id");

        assertThat(body(page("manager.oak", "/attention"))).contains("Fall in the garden last spring");
        assertThat(as("manager.oak").get("/api/v1/attention")).bodyText().contains(event);
        assertThat(body(page("manager.riverside", "/attention"))).as("another service's manager")
                .doesNotContain("Fall in the garden last spring");

        as("manager.oak").post("/api/v1/events/{id}/triage", """
                {"physicalHarm":"LOW","psychologicalHarm":"NONE","consequence":2,"likelihood":2,
                 "response":"LOCAL_REVIEW","responseReason":"Handled at the time"}
                """, event);

        assertThat(body(page("manager.oak", "/attention"))).as("once triaged").doesNotContain("Fall in the garden last spring");
    }

    @Test
    void eventPageShowsTriageDutiesAndWhatChanged() {
        String event = report("carer.oak", "INCIDENT", "Fall on the stairs");
        as("manager.oak").post("/api/v1/events/{id}/triage", """
                {"physicalHarm":"MODERATE","psychologicalHarm":"LOW","consequence":3,"likelihood":3,
                 "response":"ROOT_CAUSE_ANALYSIS","responseReason":"Broken wrist"}
                """, event);

        String html = body(page("manager.oak", "/events/{id}", event));

        assertThat(html).contains("Duty of candour").contains("Root cause analysis").contains("Open a learning review");
        assertThat(body(page("carer.oak", "/events/{id}", event))).as("the reporter sees their report, not the triage")
                .contains("Fall on the stairs").doesNotContain("Duty of candour");
    }

    @Test
    void anotherServicesManagerAndAColleagueDoNotFindTheEventPage() {
        String event = report("carer.oak", "INCIDENT", "Fall at night");

        assertThat(page("manager.riverside", "/events/{id}", event)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(page("carer2.oak", "/events/{id}", event)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(page("manager.oak", "/events/{id}", "not-an-id")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void eventsListFiltersByStage() {
        String triaged = report("carer.oak", "INCIDENT", "Triaged fall");
        report("carer.oak", "INCIDENT", "Untriaged fall");
        as("manager.oak").post("/api/v1/events/{id}/triage", """
                {"physicalHarm":"LOW","psychologicalHarm":"NONE","consequence":2,"likelihood":2,
                 "response":"LOCAL_REVIEW","responseReason":"Known risk"}
                """, triaged);

        String html = body(page("manager.oak", "/events?stage=TRIAGED"));
        assertThat(html).contains("Triaged fall").doesNotContain("Untriaged fall");
        var api = as("manager.oak").get("/api/v1/events?status=REPORTED");
        assertThat(JsonPath.<java.util.List<String>>read(body(api), "$.items[*].summary")).containsExactly("Untriaged fall");
        assertThat(page("manager.oak", "/events?from=2026-02-01&to=2026-01-01")).as("a period that ends before it starts")
                .hasStatusOk();
    }

    @Test
    void anonymousReporterFollowsTheirReportWithTheCode() throws Exception {
        var result = as("carer.oak").post("/api/v1/events", """
                {"type":"STAFF_CONCERN","serviceId":"%s","occurredAt":"%s","category":"STAFFING","summary":"Nights short",
                 "description":"Often one carer short at night.","physicalHarm":"NONE","psychologicalHarm":"NONE","anonymous":true}
                """.formatted(provider.oak(), Instant.now().minus(1, ChronoUnit.DAYS)));
        String code = JsonPath.read(body(result), "$.followUpCode");
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");

        var followed = mvc.post().uri("/follow-up").with(signedInAs("carer2.oak")).with(csrf()).param("code", code).exchange();
        assertThat(body(followed)).contains("Nights short").contains("Reported");
        var wrong = mvc.post().uri("/follow-up").with(signedInAs("carer2.oak")).with(csrf()).param("code", "AAAA-BBBB").exchange();
        assertThat(body(wrong)).contains("govuk-error-summary").doesNotContain("Nights short");
        assertThat(body(page("carer.oak", "/my-reports"))).as("an anonymous report is not linked to its reporter")
                .doesNotContain("Nights short");
    }

    @Test
    void evidencePageIsForManagersAndShowsCounts() {
        report("carer.oak", "NEAR_MISS", "Wrong tablets caught");

        var manager = page("manager.oak", "/evidence?from={from}&to={to}", LocalDate.now().minusDays(3), LocalDate.now());
        assertThat(body(manager)).contains("What was reported: 1 event</h2>").contains("Download as JSON");
        assertThat(page("carer.oak", "/evidence")).hasStatus(HttpStatus.FORBIDDEN);
        var download = page("manager.oak", "/evidence/evidence.json?from={from}&to={to}", LocalDate.now().minusDays(3), LocalDate.now());
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment");
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
