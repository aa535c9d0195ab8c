package org.learnloop.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.learnloop.audittrail.AuditTrail;
import org.learnloop.reporting.Events;
import org.learnloop.shared.Nation;
import org.learnloop.shared.Sql;
import org.learnloop.shared.UkTime;
import org.learnloop.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

class TriageApiTests extends ApiTest {

    private static final Duration LISTENER_WAIT = Duration.ofSeconds(15);

    @Autowired
    private Events events;

    @Autowired
    private JdbcClient db;

    @Autowired
    private AuditTrail trail;

    private UUID report(String who, String type, String category, String physicalHarm, String psychologicalHarm,
            UUID serviceId) {
        String json = """
                {"type":"%s","serviceId":"%s","occurredAt":"%s","category":"%s",
                 "summary":"Something to triage","description":"What happened, in the reporter's words.",
                 "immediateActions":"Made the person safe","physicalHarm":"%s","psychologicalHarm":"%s"}
                """.formatted(type, serviceId, Instant.now().minus(2, ChronoUnit.HOURS), category, physicalHarm,
                psychologicalHarm);
        MvcTestResult result = as(who).post("/api/v1/events", json);
        assertThat(result).as("report").hasStatus(HttpStatus.CREATED);
        return UUID.fromString(JsonPath.read(body(result), "$.id"));
    }

    private UUID fallAtOak(String physicalHarm) {
        return report("carer.oak", "INCIDENT", "FALL", physicalHarm, "NONE", provider.oak());
    }

    private static String triage(String physicalHarm, int consequence, int likelihood, String response) {
        return """
                {"physicalHarm":"%s","psychologicalHarm":"NONE","consequence":%d,"likelihood":%d,
                 "response":"%s","responseReason":"Known risk for this resident; the falls plan needs looking at."}
                """.formatted(physicalHarm, consequence, likelihood, response);
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event's duties as the manager sees them, once the predicate holds or the wait is over. */
    private List<Map<String, Object>> dutiesWhen(String who, UUID eventId, Predicate<List<Map<String, Object>>> done)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(LISTENER_WAIT);
        List<Map<String, Object>> duties;
        do {
            MvcTestResult result = as(who).get("/api/v1/events/{id}/duties", eventId);
            assertThat(result).hasStatus(HttpStatus.OK);
            duties = JsonPath.read(body(result), "$.items");
            if (done.test(duties)) {
                return duties;
            }
            Thread.sleep(50);
        } while (Instant.now().isBefore(deadline));
        return duties;
    }

    private static Predicate<List<Map<String, Object>>> has(String... kinds) {
        return duties -> duties.stream().map(d -> d.get("kind")).toList().containsAll(List.of(kinds));
    }

    @Test
    void managerTriagesAnEventOfTheirServiceAndCandourIsDetectedForModerateHarm() {
        UUID event = fallAtOak("LOW");

        MvcTestResult result = as("manager.oak").post("/api/v1/events/{id}/triage", triage("MODERATE", 3, 4,
                "ROOT_CAUSE_ANALYSIS"), event);

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result).bodyJson().extractingPath("$.score").asNumber().isEqualTo(12);
        assertThat(result).bodyJson().extractingPath("$.band").asString().isEqualTo("HIGH");
        assertThat(result).bodyJson().extractingPath("$.physicalHarm").asString().isEqualTo("MODERATE");
        assertThat(result).bodyJson().extractingPath("$.response").asString().isEqualTo("ROOT_CAUSE_ANALYSIS");
        List<String> candourDue = JsonPath.read(body(result), "$.duties[?(@.kind == 'DUTY_OF_CANDOUR')].dueAt");
        Instant reportedAt = events.find(provider.actor("manager.oak"), event).reportedAt();
        Instant expected = UkTime.fromLondon(WorkingDays.ukBankHolidays()
                .add(UkTime.londonDate(reportedAt), 10, Nation.ENGLAND).atTime(23, 59));
        assertThat(candourDue).as("candour due 10 working days after the report").hasSize(1);
        assertThat(Instant.parse(candourDue.get(0))).isEqualTo(expected);
        assertThat(trail.countFor(provider.organisationId(), "EVENT", event, "CHANGE"))
                .as("reported and triaged, in the audit trail").isEqualTo(2);
    }

    @Test
    void reportersGradeStaysOnTheEventWhileTheTriageHasTheManagers() {
        UUID event = fallAtOak("LOW");

        as("manager.oak").post("/api/v1/events/{id}/triage", triage("SEVERE", 4, 2, "ROOT_CAUSE_ANALYSIS"), event);

        assertThat(events.find(provider.actor("manager.oak"), event).physicalHarm().name()).isEqualTo("LOW");
        assertThat(as("manager.oak").get("/api/v1/events/{id}/triage", event)).bodyJson()
                .extractingPath("$.physicalHarm").asString().isEqualTo("SEVERE");
    }

    @Test
    void careWorkerWhoReportedTheEventMayNotTriageIt() {
        UUID event = fallAtOak("LOW");

        MvcTestResult result = as("carer.oak").post("/api/v1/events/{id}/triage", triage("LOW", 2, 2, "LOCAL_REVIEW"),
                event);

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void managerOfAnotherServiceDoesNotFindTheEvent() {
        UUID event = fallAtOak("LOW");

        MvcTestResult result = as("manager.riverside").post("/api/v1/events/{id}/triage",
                triage("LOW", 2, 2, "LOCAL_REVIEW"), event);

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("manager.riverside").get("/api/v1/events/{id}/duties", event)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void invalidTriagesAreRejectedFieldByFieldAndChangeNothing() {
        UUID event = fallAtOak("LOW");
        as("manager.oak").post("/api/v1/events/{id}/triage", triage("LOW", 2, 2, "LOCAL_REVIEW"), event);

        MvcTestResult sixOutOfFive = as("manager.oak").post("/api/v1/events/{id}/triage",
                triage("LOW", 6, 2, "SWARM_HUDDLE"), event);
        MvcTestResult noReason = as("manager.oak").post("/api/v1/events/{id}/triage", """
                {"physicalHarm":"LOW","psychologicalHarm":"NONE","consequence":3,"likelihood":3,"response":"SWARM_HUDDLE"}
                """, event);
        MvcTestResult unknownResponse = as("manager.oak").post("/api/v1/events/{id}/triage",
                triage("LOW", 3, 3, "A_CHAT_OVER_TEA"), event);

        assertThat(sixOutOfFive).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(sixOutOfFive).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("consequence");
        assertThat(noReason).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(noReason).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("responseReason");
        assertThat(unknownResponse).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(unknownResponse).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("response");
        MvcTestResult current = as("manager.oak").get("/api/v1/events/{id}/triage", event);
        assertThat(current).bodyJson().extractingPath("$.score").asNumber().isEqualTo(4);
        assertThat(current).bodyJson().extractingPath("$.response").asString().isEqualTo("LOCAL_REVIEW");
        assertThat(as("manager.oak").get("/api/v1/events/{id}/triage/history", event)).bodyJson()
                .extractingPath("$.length()").asNumber().isEqualTo(0);
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        UUID event = fallAtOak("LOW");

        MvcTestResult result = as("manager.oak").post("/api/v1/events/{id}/triage", """
                {"physicalHarm":"BRUISED","consequence":"lots","likelihood":0,"responseReason":"%s"}
                """.formatted("x".repeat(2_001)), event);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        List<String> fields = JsonPath.read(body(result), "$.errors[*].field");
        assertThat(fields).containsExactlyInAnyOrder("physicalHarm", "psychologicalHarm", "consequence", "likelihood",
                "response", "responseReason");
        assertThat(as("manager.oak").get("/api/v1/events/{id}/triage", event)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void revisedTriageKeepsTheEarlierOneAndAddsDutiesWithoutRemovingAny() {
        UUID event = fallAtOak("LOW");
        as("manager.oak").post("/api/v1/events/{id}/triage", triage("MODERATE", 3, 3, "SWARM_HUDDLE"), event);

        MvcTestResult revised = as("manager.oak").post("/api/v1/events/{id}/triage",
                triage("SEVERE", 4, 3, "ROOT_CAUSE_ANALYSIS"), event);
        MvcTestResult loweredAgain = as("quality").post("/api/v1/events/{id}/triage",
                triage("LOW", 2, 2, "LOCAL_REVIEW"), event);

        assertThat(revised).hasStatus(HttpStatus.OK);
        assertThat(loweredAgain).hasStatus(HttpStatus.OK);
        List<String> kinds = JsonPath.read(body(loweredAgain), "$.duties[*].kind");
        assertThat(kinds).as("duties found by earlier triages stay")
                .contains("DUTY_OF_CANDOUR", "CQC_INCIDENT", "RIDDOR").doesNotHaveDuplicates();
        List<String> history = JsonPath.read(body(as("manager.oak").get("/api/v1/events/{id}/triage/history", event)),
                "$[*].response");
        assertThat(history).as("earlier triages, newest first").containsExactly("ROOT_CAUSE_ANALYSIS", "SWARM_HUDDLE");
    }

    @Test
    void revisionFromAStaleReadIsRefusedWithTheTriageSavedNowAndFromACurrentOneGoesThrough() {
        UUID event = fallAtOak("LOW");
        MvcTestResult first = as("manager.oak").post("/api/v1/events/{id}/triage", triage("MODERATE", 3, 3, "SWARM_HUDDLE"), event);
        String read = JsonPath.read(body(first), "$.triagedAt");
        MvcTestResult revised = as("manager.oak").post("/api/v1/events/{id}/triage",
                withRevises(triage("SEVERE", 4, 3, "ROOT_CAUSE_ANALYSIS"), read), event);
        assertThat(revised).hasStatus(HttpStatus.OK);

        MvcTestResult stale = as("quality").post("/api/v1/events/{id}/triage",
                withRevises(triage("LOW", 2, 2, "LOCAL_REVIEW"), read), event);

        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        assertThat(stale).bodyJson().extractingPath("$.title").asString().isEqualTo("Changed by someone else");
        assertThat(stale).bodyJson().extractingPath("$.current.response").asString().isEqualTo("ROOT_CAUSE_ANALYSIS");
        assertThat(stale).bodyJson().extractingPath("$.current.triagedBy").asString()
                .isEqualTo(provider.actor("manager.oak").personId().toString());
        assertThat(JsonPath.<String>read(body(as("manager.oak").get("/api/v1/events/{id}/triage", event)), "$.response"))
                .as("the revision nobody has seen is not replaced").isEqualTo("ROOT_CAUSE_ANALYSIS");

        String current = JsonPath.read(body(stale), "$.current.triagedAt");
        assertThat(as("quality").post("/api/v1/events/{id}/triage", withRevises(triage("LOW", 2, 2, "LOCAL_REVIEW"), current), event))
                .as("revising the triage saved now").hasStatus(HttpStatus.OK);
        assertThat(as("quality").post("/api/v1/events/{id}/triage", withRevises(triage("LOW", 2, 2, "LOCAL_REVIEW"), "yesterday"), event))
                .as("an unreadable revises").hasStatus(HttpStatus.BAD_REQUEST);
    }

    private static String withRevises(String triage, String revises) {
        return triage.replaceFirst("\\}\\s*$", ",\"revises\":\"" + revises + "\"}");
    }

    @Test
    void safeguardingConcernGetsAReferralDueTheSameDayWithoutTriage() throws InterruptedException {
        UUID event = report("carer.oak", "SAFEGUARDING_CONCERN", "ABUSE_NEGLECT", "NONE", "LOW", provider.oak());

        List<Map<String, Object>> duties = dutiesWhen("manager.oak", event, has("SAFEGUARDING_REFERRAL"));

        assertThat(duties).extracting(d -> d.get("kind")).as("duties found on reporting")
                .contains("SAFEGUARDING_REFERRAL", "CQC_INCIDENT");
        Instant reportedAt = events.find(provider.actor("manager.oak"), event).reportedAt();
        Map<String, Object> referral = duties.stream().filter(d -> d.get("kind").equals("SAFEGUARDING_REFERRAL"))
                .findFirst().orElseThrow();
        assertThat(Instant.parse((String) referral.get("dueAt"))).as("due the same day")
                .isEqualTo(reportedAt.plus(Duration.ofHours(24)));
        assertThat(referral.get("status")).isEqualTo("DUE");
        assertThat(referral.get("overdue")).isEqualTo(false);
        assertThat((String) referral.get("reason")).contains("safeguarding");
        assertThat(as("manager.oak").get("/api/v1/events/{id}/triage", event)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void complaintGetsAcknowledgementAndResponseDeadlines() throws InterruptedException {
        UUID event = report("manager.riverside", "COMPLAINT", "MISSED_VISIT", "NONE", "LOW", provider.riverside());

        List<Map<String, Object>> duties = dutiesWhen("manager.riverside", event,
                has("COMPLAINT_ACKNOWLEDGEMENT", "COMPLAINT_RESPONSE"));

        assertThat(duties).extracting(d -> d.get("kind"))
                .containsExactlyInAnyOrder("COMPLAINT_ACKNOWLEDGEMENT", "COMPLAINT_RESPONSE");
        Instant acknowledgement = Instant.parse((String) duties.stream()
                .filter(d -> d.get("kind").equals("COMPLAINT_ACKNOWLEDGEMENT")).findFirst().orElseThrow().get("dueAt"));
        Instant response = Instant.parse((String) duties.stream()
                .filter(d -> d.get("kind").equals("COMPLAINT_RESPONSE")).findFirst().orElseThrow().get("dueAt"));
        assertThat(acknowledgement).as("acknowledgement before response").isBefore(response);
        assertThat(Duration.between(Instant.now(), acknowledgement)).as("3 working days: at least 3 days away")
                .isGreaterThan(Duration.ofDays(2));
    }

    @Test
    void completingAnOverdueDutyRecordsHowAndItIsNoLongerOverdue() throws InterruptedException {
        UUID event = report("carer.oak", "SAFEGUARDING_CONCERN", "ABUSE_NEGLECT", "NONE", "LOW", provider.oak());
        String dutyId = (String) dutiesWhen("manager.oak", event, has("SAFEGUARDING_REFERRAL")).stream()
                .filter(d -> d.get("kind").equals("SAFEGUARDING_REFERRAL")).findFirst().orElseThrow().get("id");
        db.sql("update duty set due_at = ? where id = ?")
                .params(Sql.ts(Instant.now().minus(1, ChronoUnit.HOURS)), UUID.fromString(dutyId)).update();
        assertThat(as("manager.oak").get("/api/v1/duties/{id}", dutyId)).bodyJson().extractingPath("$.overdue")
                .isEqualTo(true);

        MvcTestResult result = as("manager.oak").post("/api/v1/duties/{id}/completion", """
                {"completedAt":"%s","method":"Phoned the local authority safeguarding team","reference":"SG-2026-118"}
                """.formatted(Instant.now().minus(10, ChronoUnit.MINUTES)), dutyId);

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result).bodyJson().extractingPath("$.status").asString().isEqualTo("DONE");
        assertThat(result).bodyJson().extractingPath("$.overdue").isEqualTo(false);
        assertThat(result).bodyJson().extractingPath("$.method").asString()
                .isEqualTo("Phoned the local authority safeguarding team");
        assertThat(result).bodyJson().extractingPath("$.reference").asString().isEqualTo("SG-2026-118");
        assertThat(result).bodyJson().extractingPath("$.completedAt").asString().isNotEmpty();
        assertThat(trail.countFor(provider.organisationId(), "DUTY", UUID.fromString(dutyId), "CHANGE"))
                .as("detected and done, in the audit trail").isEqualTo(2);
    }

    @Test
    void completingADutyTwiceIsRefused() throws InterruptedException {
        UUID event = report("carer.oak", "SAFEGUARDING_CONCERN", "ABUSE_NEGLECT", "NONE", "LOW", provider.oak());
        String dutyId = (String) dutiesWhen("manager.oak", event, has("SAFEGUARDING_REFERRAL")).get(0).get("id");
        String completion = """
                {"completedAt":"%s","method":"CQC online portal"}
                """.formatted(Instant.now().minus(5, ChronoUnit.MINUTES));

        MvcTestResult first = as("manager.oak").post("/api/v1/duties/{id}/completion", completion, dutyId);
        MvcTestResult second = as("manager.oak").post("/api/v1/duties/{id}/completion", completion, dutyId);

        assertThat(first).hasStatus(HttpStatus.OK);
        assertThat(second).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(second).bodyJson().extractingPath("$.detail").asString().contains("already recorded as done");
    }

    @Test
    void completionNeedsAMethodAndATimeThatIsNeitherFutureNorBeforeTheEvent() throws InterruptedException {
        UUID event = report("carer.oak", "SAFEGUARDING_CONCERN", "ABUSE_NEGLECT", "NONE", "LOW", provider.oak());
        String dutyId = (String) dutiesWhen("manager.oak", event, has("SAFEGUARDING_REFERRAL")).get(0).get("id");

        MvcTestResult future = as("manager.oak").post("/api/v1/duties/{id}/completion", """
                {"completedAt":"%s","reference":"%s"}
                """.formatted(Instant.now().plus(2, ChronoUnit.DAYS), "R".repeat(101)), dutyId);
        MvcTestResult beforeTheEvent = as("manager.oak").post("/api/v1/duties/{id}/completion", """
                {"completedAt":"%s","method":"Email"}
                """.formatted(Instant.now().minus(3, ChronoUnit.DAYS)), dutyId);

        assertThat(future).hasStatus(HttpStatus.BAD_REQUEST);
        List<String> fields = JsonPath.read(body(future), "$.errors[*].field");
        assertThat(fields).containsExactlyInAnyOrder("completedAt", "method", "reference");
        assertThat(beforeTheEvent).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(beforeTheEvent).bodyJson().extractingPath("$.errors[0].message").asString()
                .startsWith("When it was done must be after the event happened");
        assertThat(as("manager.oak").get("/api/v1/duties/{id}", dutyId)).bodyJson().extractingPath("$.status")
                .asString().isEqualTo("DUE");
    }

    @Test
    void dismissingADutyNeedsAReasonAndKeepsIt() {
        UUID event = fallAtOak("LOW");
        MvcTestResult triaged = as("manager.oak").post("/api/v1/events/{id}/triage",
                triage("SEVERE", 4, 2, "ROOT_CAUSE_ANALYSIS"), event);
        List<String> riddor = JsonPath.read(body(triaged), "$.duties[?(@.kind == 'RIDDOR')].id");

        MvcTestResult withoutReason = as("manager.oak").post("/api/v1/duties/{id}/dismissal", "{}", riddor.get(0));
        MvcTestResult byACarer = as("carer.oak").post("/api/v1/duties/{id}/dismissal",
                "{\"reason\":\"Not work related\"}", riddor.get(0));
        MvcTestResult dismissed = as("manager.oak").post("/api/v1/duties/{id}/dismissal",
                "{\"reason\":\"The fracture came from her osteoporosis, not from work activity.\"}", riddor.get(0));

        assertThat(withoutReason).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(withoutReason).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("reason");
        assertThat(byACarer).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(dismissed).hasStatus(HttpStatus.OK);
        assertThat(dismissed).bodyJson().extractingPath("$.status").asString().isEqualTo("DISMISSED");
        assertThat(dismissed).bodyJson().extractingPath("$.dismissalReason").asString().contains("osteoporosis");
    }

    @Test
    void guardianTriagesAStaffConcernButDoesNotFindAnIncident() {
        UUID concern = report("carer.oak", "STAFF_CONCERN", "STAFFING", "NONE", "NONE", provider.oak());
        UUID incident = fallAtOak("LOW");

        MvcTestResult onConcern = as("guardian").post("/api/v1/events/{id}/triage",
                triage("NONE", 3, 3, "AFTER_ACTION_REVIEW").replace("\"psychologicalHarm\":\"NONE\"",
                        "\"psychologicalHarm\":\"LOW\""), concern);
        MvcTestResult onIncident = as("guardian").post("/api/v1/events/{id}/triage",
                triage("LOW", 2, 2, "LOCAL_REVIEW"), incident);

        assertThat(onConcern).hasStatus(HttpStatus.OK);
        assertThat(onConcern).bodyJson().extractingPath("$.score").asNumber().isEqualTo(9);
        assertThat(onIncident).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void openDutiesAreThoseOfEventsThePersonCanSeeSoonestFirst() throws InterruptedException {
        UUID complaint = report("carer.oak", "COMPLAINT", "CARE_QUALITY", "NONE", "NONE", provider.oak());
        UUID concern = report("carer.oak", "SAFEGUARDING_CONCERN", "ABUSE_NEGLECT", "NONE", "NONE", provider.oak());
        dutiesWhen("manager.oak", complaint, has("COMPLAINT_ACKNOWLEDGEMENT", "COMPLAINT_RESPONSE"));
        dutiesWhen("manager.oak", concern, has("SAFEGUARDING_REFERRAL", "CQC_INCIDENT"));

        MvcTestResult oak = as("manager.oak").get("/api/v1/duties");
        MvcTestResult riverside = as("manager.riverside").get("/api/v1/duties");

        List<String> kinds = JsonPath.read(body(oak), "$.items[*].kind");
        assertThat(kinds).as("soonest first").containsExactly("CQC_INCIDENT", "SAFEGUARDING_REFERRAL",
                "COMPLAINT_ACKNOWLEDGEMENT", "COMPLAINT_RESPONSE");
        assertThat(riverside).bodyJson().extractingPath("$.total").asNumber().isEqualTo(0);
    }
}
