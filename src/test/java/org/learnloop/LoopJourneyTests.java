package org.learnloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.learnloop.support.ApiTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/**
 * The whole risk-to-learning loop through the API, as the walking skeleton promises it: a carer
 * reports a fall, the manager triages it and records a duty, reviews it, acts on it, the change is
 * verified and checked, the lesson is shared and acknowledged, the loop closes, and the quality
 * lead's evidence shows the chain.
 */
class LoopJourneyTests extends ApiTest {

    @Test
    void aFallGoesRoundTheWholeLoopAndTheLoopCloses() throws Exception {
        // 1. carer.oak reports a fall
        var reported = as("carer.oak").post("/api/v1/events", """
                {"type":"INCIDENT","serviceId":"%s","occurredAt":"%s","category":"FALL",
                 "summary":"Fall on the stairs, wrist painful","description":"Found at the bottom of the stairs near room 9.",
                 "immediateActions":"Ambulance called, family informed","physicalHarm":"MODERATE","psychologicalHarm":"LOW"}
                """.formatted(provider.oak(), Instant.now().minus(3, ChronoUnit.HOURS)));
        assertThat(reported).hasStatus(HttpStatus.CREATED);
        String event = read(reported, "$.id");
        assertThat(read(reported, "$.reference")).as("reference").matches("OAK-\\d{4}-\\d{4}");
        assertThat(stage(event)).isEqualTo("REPORTED");

        // 2. manager.oak triages it and records the Duty of Candour as done
        var triaged = as("manager.oak").post("/api/v1/events/{id}/triage", """
                {"physicalHarm":"MODERATE","psychologicalHarm":"LOW","consequence":3,"likelihood":3,
                 "response":"ROOT_CAUSE_ANALYSIS","responseReason":"A fracture from a fall on the stairs: learn why the gate was open"}
                """, event);
        assertThat(triaged).hasStatusOk();
        assertThat(stage(event)).isEqualTo("TRIAGED");
        var duties = as("manager.oak").get("/api/v1/events/{id}/duties", event);
        String candour = JsonPath.<java.util.List<String>>read(body(duties), "$.items[?(@.kind == 'DUTY_OF_CANDOUR')].id").get(0);
        assertThat(as("manager.oak").post("/api/v1/duties/{id}/completion", """
                {"completedAt":"%s","method":"Met the family and wrote to them","reference":"DOC-1"}
                """.formatted(Instant.now().minus(1, ChronoUnit.HOURS)), candour)).hasStatusOk();

        // 3. a learning review, written up and signed off
        var opened = as("manager.oak").post("/api/v1/reviews", """
                {"eventIds":["%s"],"type":"ROOT_CAUSE_ANALYSIS","leadUsername":"%s"}
                """.formatted(event, provider.username("manager.oak")));
        String review = read(opened, "$.id");
        assertThat(stage(event)).isEqualTo("UNDER_REVIEW");
        var written = as("manager.oak").put("/api/v1/reviews/{id}", """
                {"summary":"The stair gate was open; its latch does not close by itself.",
                 "contributoryFactors":["EQUIPMENT_RESOURCES","TASK_TECHNOLOGY"],
                 "findings":[{"text":"The stair gate latch does not close by itself."}],"version":0}
                """, review);
        String finding = read(written, "$.findings[0].id");
        assertThat(as("manager.oak").post("/api/v1/reviews/{id}/sign-off", "", review)).hasStatusOk();
        assertThat(stage(event)).isEqualTo("ACTING");

        // 4. an action led by carer.oak, completed with evidence and verified by the manager
        var added = as("manager.oak").post("/api/v1/reviews/{id}/actions", """
                {"description":"Fit a self-closing latch to the stair gate","leadUsername":"%s","dueDate":"%s",
                 "strength":"STRONGER","findingId":"%s"}
                """.formatted(provider.username("carer.oak"), LocalDate.now().plusDays(14), finding), review);
        assertThat(added).hasStatus(HttpStatus.CREATED);
        String action = read(added, "$.id");
        assertThat(as("carer.oak").post("/api/v1/actions/{id}/completion",
                "{\"evidence\":\"Latch fitted by maintenance, tested ten times\"}", action)).hasStatusOk();
        assertThat(as("carer.oak").post("/api/v1/actions/{id}/verification", "", action))
                .as("the lead may not verify their own action").hasStatus(HttpStatus.FORBIDDEN);
        assertThat(as("manager.oak").post("/api/v1/actions/{id}/verification", "", action)).hasStatusOk();

        // 5. an effectiveness check is scheduled; the manager finds the change embedded
        String check = eventually(() -> {
            var checks = as("manager.oak").get("/api/v1/checks?actionId={id}", action);
            return JsonPath.<java.util.List<String>>read(body(checks), "$.items[*].id");
        }).get(0);
        assertThat(stage(event)).isEqualTo("CHECKING");
        assertThat(as("manager.oak").post("/api/v1/checks/{id}/result",
                "{\"verdict\":\"EMBEDDED\",\"notes\":\"Gate closed on every visit for a month\"}", check)).hasStatusOk();
        assertThat(stage(event)).isEqualTo("SHARING");

        // 6. the lesson is published; carer.oak reads and acknowledges it; the manager sees who has
        var drafted = as("manager.oak").post("/api/v1/lessons", """
                {"reviewId":"%s","title":"A stair gate that closes itself",
                 "summary":"A fall on the stairs in room 9's corridor led to a broken wrist. The gate now closes itself.",
                 "serviceIds":["%s"]}
                """.formatted(review, provider.oak()));
        assertThat(drafted).hasStatus(HttpStatus.CREATED);
        String lesson = read(drafted, "$.id");
        assertThat(read(drafted, "$.summary")).as("anonymised").doesNotContain("room 9");
        assertThat(as("manager.oak").post("/api/v1/lessons/{id}/publish", "", lesson)).hasStatusOk();
        assertThat(as("carer.oak").post("/api/v1/lessons/{id}/acknowledgements", "", lesson).getResponse().getStatus())
                .isIn(200, 201);
        var acknowledgements = as("manager.oak").get("/api/v1/lessons/{id}/acknowledgements", lesson);
        assertThat(JsonPath.<java.util.List<String>>read(body(acknowledgements), "$.acknowledged[*].username"))
                .containsExactly(provider.username("carer.oak"));
        assertThat(JsonPath.<java.util.List<String>>read(body(acknowledgements), "$.outstanding[*].username"))
                .contains(provider.username("carer2.oak"));

        // 7. the loop is closed
        var loop = as("manager.oak").get("/api/v1/events/{id}/loop", event);
        assertThat(read(loop, "$.stage")).isEqualTo("CLOSED");
        assertThat(JsonPath.<Boolean>read(body(loop), "$.closed")).isTrue();

        // 8. the quality lead's evidence shows the chain
        var evidence = as("quality").get("/api/v1/evidence-pack?serviceIds={s}&from={from}&to={to}&format=json",
                provider.oak(), LocalDate.now().minusDays(7), LocalDate.now());
        assertThat(evidence).hasStatusOk();
        String json = body(evidence);
        assertThat(JsonPath.<java.util.List<String>>read(json, "$.closedLoops[*].event.id")).containsExactly(event);
        assertThat(JsonPath.<java.util.List<String>>read(json, "$.closedLoops[0].verdicts[*].verdict")).containsExactly("EMBEDDED");
        assertThat(JsonPath.<Integer>read(json, "$.closedLoops[0].lessons[0].acknowledged")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(json, "$.counts.byType.INCIDENT")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(json, "$.closedLoopsTotal")).as("closed loops in the period").isEqualTo(1);
        assertThat(JsonPath.<Integer>read(json, "$.page")).as("the first page").isZero();
        assertThat(JsonPath.<Integer>read(json, "$.size")).as("the default page size").isEqualTo(20);
        assertThat(JsonPath.<Integer>read(json, "$.loopsByStage.CLOSED")).isEqualTo(1);
    }

    @Test
    void notEmbeddedReopensTheLoop() throws Exception {
        String event = read(as("carer.oak").post("/api/v1/events", """
                {"type":"INCIDENT","serviceId":"%s","occurredAt":"%s","category":"MEDICATION",
                 "summary":"Evening medicines late","description":"Round finished at 22:40.","physicalHarm":"NONE",
                 "psychologicalHarm":"NONE"}
                """.formatted(provider.oak(), Instant.now().minus(5, ChronoUnit.HOURS))), "$.id");
        as("manager.oak").post("/api/v1/events/{id}/triage", """
                {"physicalHarm":"NONE","psychologicalHarm":"NONE","consequence":2,"likelihood":4,
                 "response":"SWARM_HUDDLE","responseReason":"Recurring late rounds"}
                """, event);
        String review = read(as("manager.oak").post("/api/v1/reviews", """
                {"eventIds":["%s"],"type":"SWARM_HUDDLE","leadUsername":"%s"}
                """.formatted(event, provider.username("manager.oak"))), "$.id");
        String finding = read(as("manager.oak").put("/api/v1/reviews/{id}", """
                {"summary":"Interrupted round","contributoryFactors":["WORKING_CONDITIONS"],
                 "findings":[{"text":"The round is interrupted repeatedly."}]}
                """, review), "$.findings[0].id");
        as("manager.oak").post("/api/v1/reviews/{id}/sign-off", "", review);
        String action = read(as("manager.oak").post("/api/v1/reviews/{id}/actions", """
                {"description":"Do not disturb tabard","leadUsername":"%s","dueDate":"%s","strength":"INTERMEDIATE","findingId":"%s"}
                """.formatted(provider.username("carer.oak"), LocalDate.now().plusDays(7), finding), review), "$.id");
        as("carer.oak").post("/api/v1/actions/{id}/completion", "{\"evidence\":\"Tabards bought\"}", action);
        as("manager.oak").post("/api/v1/actions/{id}/verification", "", action);
        String check = eventually(() -> JsonPath.<java.util.List<String>>read(
                body(as("manager.oak").get("/api/v1/checks?actionId={id}", action)), "$.items[*].id")).get(0);

        assertThat(as("manager.oak").post("/api/v1/checks/{id}/result",
                "{\"verdict\":\"NOT_EMBEDDED\",\"notes\":\"Tabard not worn on nights\"}", check)).hasStatusOk();

        assertThat(stage(event)).isEqualTo("ACTING");
        assertThat(read(as("manager.oak").get("/api/v1/actions/{id}", action), "$.status")).isEqualTo("OPEN");
    }

    private String stage(String event) throws Exception {
        return read(as("manager.oak").get("/api/v1/events/{id}/loop", event), "$.stage");
    }

    private static String read(MvcTestResult result, String path) throws Exception {
        return JsonPath.read(body(result), path).toString();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits, at most ten seconds, for an asynchronous reaction of the loop to show. */
    private static <T extends java.util.Collection<?>> T eventually(Supplier<T> query) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        T value = query.get();
        while (value.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            value = query.get();
        }
        assertThat(value).as("the loop reacted in time").isNotEmpty();
        return value;
    }
}
