package org.learnloop.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.learnloop.actions.ActionApiTest;
import org.learnloop.actions.ActionVerified;
import org.learnloop.shared.UkTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

class EffectivenessCheckApiTests extends ActionApiTest {

    @Autowired
    EffectivenessChecks checks;

    private LocalDate verifiedOn(String actionId) {
        return UkTime.londonDate(Instant.parse(read(as("manager.oak").get("/api/v1/actions/{id}", actionId), "$.verifiedAt")));
    }

    private String scheduledCheck(String actionId) {
        return read(awaitChecks(actionId, total(1)), "$.items[0].id");
    }

    private static String verdict(String verdict, String notes) {
        return """
                {"verdict":"%s","notes":%s}
                """.formatted(verdict, notes == null ? "null" : "\"" + notes + "\"");
    }

    @Test
    void loopClosesWhenTheCheckFindsTheChangeEmbedded() {
        SignedOffReview review = signedOffReview();
        String actionId = verifiedAction(review);

        var scheduled = awaitChecks(actionId, total(1));
        assertThat(scheduled).bodyJson().extractingPath("$.items[0].status").asString().isEqualTo("SCHEDULED");
        assertThat(scheduled).bodyJson().extractingPath("$.items[0].dueDate").asString()
                .as("due 28 days after the verification").isEqualTo(verifiedOn(actionId).plusDays(28).toString());
        assertThat(scheduled).bodyJson().extractingPath("$.items[0].reviewId").asString().isEqualTo(review.reviewId());
        String checkId = read(scheduled, "$.items[0].id");

        var recorded = as("manager.oak").post("/api/v1/checks/{id}/result", verdict("EMBEDDED", null), checkId);

        assertThat(recorded).as("a verdict may be recorded before the due date").hasStatusOk();
        assertThat(recorded).bodyJson().extractingPath("$.status").asString().isEqualTo("DONE");
        assertThat(recorded).bodyJson().extractingPath("$.verdict").asString().isEqualTo("EMBEDDED");
        assertThat(recorded).bodyJson().extractingPath("$.recordedBy.username").asString()
                .isEqualTo(provider.username("manager.oak"));
        assertThat(as("manager.oak").get("/api/v1/checks/{id}", checkId)).bodyJson().extractingPath("$.verdict")
                .asString().isEqualTo("EMBEDDED");
        assertThat(as("manager.oak").get("/api/v1/checks?actionId={id}&status=SCHEDULED", actionId)).bodyJson()
                .extractingPath("$.total").asNumber().isEqualTo(0);
        assertThat(as("manager.oak").get("/api/v1/actions/{id}", actionId)).bodyJson().extractingPath("$.status")
                .asString().isEqualTo("VERIFIED");
    }

    @Test
    void notEmbeddedReopensTheActionAndANewVerificationSchedulesANewCheck() {
        SignedOffReview review = signedOffReview();
        String actionId = verifiedAction(review);
        String checkId = scheduledCheck(actionId);

        var failed = as("manager.oak").post("/api/v1/checks/{id}/result",
                verdict("NOT_EMBEDDED", "Frames left by the door on two of three visits."), checkId);

        assertThat(failed).hasStatusOk();
        var reopened = as("manager.oak").get("/api/v1/actions/{id}", actionId);
        assertThat(reopened).bodyJson().extractingPath("$.status").asString().isEqualTo("OPEN");
        assertThat(reopened).bodyJson().extractingPath("$.evidence").isNull();
        assertThat(reopened).bodyJson().extractingPath("$.verifiedBy").isNull();

        assertThat(complete("carer.oak", actionId)).hasStatusOk();
        assertThat(verify("manager.oak", actionId)).hasStatusOk();

        var both = awaitChecks(actionId, total(2));
        assertThat(both).bodyJson().extractingPath("$.items[*].status").asArray().containsExactly("DONE", "SCHEDULED");
        assertThat(both).bodyJson().extractingPath("$.items[0].verdict").asString().isEqualTo("NOT_EMBEDDED");
    }

    @Test
    void partlyEmbeddedSchedulesARecheck() {
        SignedOffReview review = signedOffReview();
        String actionId = verifiedAction(review);
        String checkId = scheduledCheck(actionId);

        var partly = as("manager.oak").post("/api/v1/checks/{id}/result",
                verdict("PARTLY_EMBEDDED", "Done on days, not yet on nights."), checkId);

        assertThat(partly).hasStatusOk();
        var all = as("manager.oak").get("/api/v1/checks?actionId={id}", actionId);
        assertThat(all).bodyJson().extractingPath("$.total").asNumber().isEqualTo(2);
        var recheck = as("manager.oak").get("/api/v1/checks?actionId={id}&status=SCHEDULED", actionId);
        assertThat(recheck).bodyJson().extractingPath("$.items[0].dueDate").asString()
                .as("28 days after the verdict").isEqualTo(today().plusDays(28).toString());
        assertThat(as("manager.oak").get("/api/v1/actions/{id}", actionId)).bodyJson().extractingPath("$.status")
                .asString().isEqualTo("VERIFIED");
    }

    @Test
    void notEmbeddedWithoutNotesIsRejectedAndChangesNothing() {
        SignedOffReview review = signedOffReview();
        String actionId = verifiedAction(review);
        String checkId = scheduledCheck(actionId);

        var result = as("manager.oak").post("/api/v1/checks/{id}/result", verdict("NOT_EMBEDDED", null), checkId);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("notes");
        assertThat(as("manager.oak").get("/api/v1/checks/{id}", checkId)).bodyJson().extractingPath("$.status")
                .asString().isEqualTo("SCHEDULED");
        assertThat(as("manager.oak").get("/api/v1/actions/{id}", actionId)).bodyJson().extractingPath("$.status")
                .asString().isEqualTo("VERIFIED");
    }

    @Test
    void verdictIsRequiredAndRecordedOnce() {
        SignedOffReview review = signedOffReview();
        String checkId = scheduledCheck(verifiedAction(review));

        var missing = as("manager.oak").post("/api/v1/checks/{id}/result", "{}", checkId);
        assertThat(missing).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(missing).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("verdict");

        assertThat(as("manager.oak").post("/api/v1/checks/{id}/result", verdict("EMBEDDED", null), checkId))
                .hasStatusOk();
        assertThat(as("manager.oak").post("/api/v1/checks/{id}/result", verdict("EMBEDDED", null), checkId))
                .as("a second verdict").hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void secondManagersVerdictOnACheckAlreadyRecordedIsRefusedAndReopensNothing() {
        SignedOffReview review = signedOffReview();
        String actionId = verifiedAction(review);
        String checkId = scheduledCheck(actionId);
        assertThat(as("manager.oak").post("/api/v1/checks/{id}/result", verdict("EMBEDDED", null), checkId)).hasStatusOk();

        var second = as("quality").post("/api/v1/checks/{id}/result",
                verdict("NOT_EMBEDDED", "Handover sheets were blank again last week."), checkId);

        assertThat(second).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(second).bodyJson().extractingPath("$.detail").asString().isEqualTo("This check already has its verdict");
        assertThat(as("quality").get("/api/v1/checks/{id}", checkId)).bodyJson().extractingPath("$.verdict").asString()
                .isEqualTo("EMBEDDED");
        assertThat(as("quality").get("/api/v1/actions/{id}", actionId)).bodyJson().extractingPath("$.status").asString()
                .as("the action is not reopened by the refused verdict").isEqualTo("VERIFIED");
    }

    @Test
    void careWorkerCannotRecordAVerdict() {
        SignedOffReview review = signedOffReview();
        String checkId = scheduledCheck(verifiedAction(review));

        var result = as("carer.oak").post("/api/v1/checks/{id}/result", verdict("EMBEDDED", null), checkId);

        assertThat(result).as("the carer reported the event, so sees the review, but may not record").hasStatus(HttpStatus.FORBIDDEN);
        assertThat(as("carer.oak").get("/api/v1/checks")).as("lists are for managers").bodyJson()
                .extractingPath("$.total").asNumber().isEqualTo(0);
    }

    @Test
    void anotherServicesManagerDoesNotFindTheActionOrTheCheck() {
        SignedOffReview review = signedOffReview();
        String actionId = verifiedAction(review);
        String checkId = scheduledCheck(actionId);

        assertThat(as("manager.riverside").get("/api/v1/actions/{id}", actionId)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("manager.riverside").get("/api/v1/checks/{id}", checkId)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("manager.riverside").post("/api/v1/checks/{id}/result", verdict("EMBEDDED", null),
                checkId)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("manager.riverside").get("/api/v1/checks")).bodyJson().extractingPath("$.total").asNumber()
                .isEqualTo(0);
        assertThat(as("quality").get("/api/v1/checks/{id}", checkId)).as("the provider-wide quality lead")
                .hasStatusOk();
    }

    @Test
    void listFiltersByStatusAndDueDate() {
        SignedOffReview review = signedOffReview();
        String actionId = verifiedAction(review);
        scheduledCheck(actionId);
        LocalDate due = verifiedOn(actionId).plusDays(28);

        assertThat(as("manager.oak").get("/api/v1/checks?dueDate={d}", due)).bodyJson().extractingPath("$.total")
                .asNumber().isEqualTo(1);
        assertThat(as("manager.oak").get("/api/v1/checks?dueDate={d}", due.minusDays(1))).bodyJson()
                .extractingPath("$.total").asNumber().isEqualTo(0);
        assertThat(as("manager.oak").get("/api/v1/checks?status=DONE")).bodyJson().extractingPath("$.total")
                .asNumber().isEqualTo(0);
        assertThat(as("manager.oak").get("/api/v1/checks?dueDate=soon")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(as("manager.oak").get("/api/v1/checks?status=MAYBE")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void verificationDeliveredAgainSchedulesNoSecondCheck() {
        SignedOffReview review = signedOffReview();
        String actionId = verifiedAction(review);
        scheduledCheck(actionId);
        var action = as("manager.oak").get("/api/v1/actions/{id}", actionId);
        var again = new ActionVerified(provider.organisationId(), provider.actor("manager.oak").personId(),
                Instant.parse(read(action, "$.verifiedAt")), UUID.fromString(actionId),
                UUID.fromString(review.reviewId()), provider.oak());

        assertThat(checks.schedule(again)).as("scheduled again").isFalse();

        assertThat(as("manager.oak").get("/api/v1/checks?actionId={id}", actionId)).bodyJson().extractingPath("$.total")
                .asNumber().isEqualTo(1);
    }

    @Test
    void checksDueSoonAreListedForTheManager() {
        SignedOffReview review = signedOffReview();
        String actionId = verifiedAction(review);
        String checkId = scheduledCheck(actionId);

        assertThat(checks.dueFor(provider.actor("manager.oak"))).as("due in 28 days, not within 7").isEmpty();
        assertThat(checks.forActions(provider.organisationId(), java.util.List.of(UUID.fromString(actionId))))
                .extracting(c -> c.id().toString()).containsExactly(checkId);
    }
}
