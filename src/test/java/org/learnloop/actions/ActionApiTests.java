package org.learnloop.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ActionApiTests extends ActionApiTest {

    @Test
    void managerAddsCarerCompletesAndManagerVerifies() {
        SignedOffReview review = signedOffReview();

        var added = as("manager.oak").post("/api/v1/reviews/{id}/actions",
                action(review.findingId(), provider.username("carer.oak"), today().plusWeeks(2), "INTERMEDIATE"),
                review.reviewId());
        assertThat(added).hasStatus(HttpStatus.CREATED);
        String actionId = read(added, "$.id");
        assertThat(added.getResponse().getHeader("Location")).as("Location of the new action")
                .isEqualTo("/api/v1/actions/" + actionId);
        assertThat(added).bodyJson().extractingPath("$.status").asString().isEqualTo("OPEN");
        assertThat(added).bodyJson().extractingPath("$.lead.username").asString().isEqualTo(provider.username("carer.oak"));
        assertThat(added).bodyJson().extractingPath("$.findingId").asString().isEqualTo(review.findingId());

        var completed = complete("carer.oak", actionId);
        assertThat(completed).hasStatusOk();
        assertThat(completed).bodyJson().extractingPath("$.status").asString().isEqualTo("COMPLETED");
        assertThat(completed).bodyJson().extractingPath("$.evidence").asString().contains("handover checklist");

        var verified = verify("manager.oak", actionId);
        assertThat(verified).hasStatusOk();
        assertThat(verified).bodyJson().extractingPath("$.status").asString().isEqualTo("VERIFIED");
        assertThat(verified).bodyJson().extractingPath("$.verifiedBy.username").asString()
                .isEqualTo(provider.username("manager.oak"));
        assertThat(verified).bodyJson().extractingPath("$.verifiedAt").isNotNull();
    }

    @Test
    void leadCannotVerifyTheirOwnAction() {
        SignedOffReview review = signedOffReview();
        String actionId = addAction(review, "manager.oak", "STRONGER");
        assertThat(complete("manager.oak", actionId)).hasStatusOk();

        var result = verify("manager.oak", actionId);

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .isEqualTo("Someone other than the lead must verify an action.");
        assertThat(as("manager.oak").get("/api/v1/actions/{id}", actionId)).bodyJson().extractingPath("$.status")
                .asString().isEqualTo("COMPLETED");
    }

    @Test
    void careWorkerLeadCannotVerifyEither() {
        SignedOffReview review = signedOffReview();
        String actionId = addAction(review, "carer.oak", "WEAKER");
        complete("carer.oak", actionId);

        assertThat(verify("carer.oak", actionId)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void onlyTheLeadCanCompleteAnAction() {
        SignedOffReview review = signedOffReview();
        String actionId = addAction(review, "carer.oak", "INTERMEDIATE");

        assertThat(complete("manager.oak", actionId)).as("the manager who added it").hasStatus(HttpStatus.FORBIDDEN);
        assertThat(complete("carer2.oak", actionId)).as("another carer of the service").hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("manager.oak").get("/api/v1/actions/{id}", actionId)).bodyJson().extractingPath("$.status")
                .asString().isEqualTo("OPEN");
    }

    @Test
    void addingToADraftReviewIsRejected() {
        SignedOffReview draft = draftReview();

        var result = as("manager.oak").post("/api/v1/reviews/{id}/actions",
                action(draft.findingId(), provider.username("carer.oak"), today().plusWeeks(2), "STRONGER"),
                draft.reviewId());

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString()
                .isEqualTo("Sign the review off before adding actions");
    }

    @Test
    void dueDateInThePastIsRejectedAndNothingIsStored() {
        SignedOffReview review = signedOffReview();

        var result = as("manager.oak").post("/api/v1/reviews/{id}/actions",
                action(review.findingId(), provider.username("carer.oak"), today().minusDays(1), "STRONGER"),
                review.reviewId());

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("dueDate");
        assertThat(as("manager.oak").get("/api/v1/reviews/{id}/actions", review.reviewId())).bodyJson()
                .extractingPath("$.actions.length()").asNumber().isEqualTo(0);
        assertThat(as("manager.oak").get("/api/v1/actions")).bodyJson().extractingPath("$.total").asNumber().isEqualTo(0);
    }

    @Test
    void dueDateMoreThanTwoYearsAwayIsRejected() {
        SignedOffReview review = signedOffReview();

        var result = as("manager.oak").post("/api/v1/reviews/{id}/actions",
                action(review.findingId(), provider.username("carer.oak"), today().plusYears(2).plusDays(1), "STRONGER"),
                review.reviewId());

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("dueDate");
    }

    @Test
    void findingOfAnotherReviewIsRejected() {
        SignedOffReview review = signedOffReview();
        SignedOffReview other = signedOffReview();

        var result = as("manager.oak").post("/api/v1/reviews/{id}/actions",
                action(other.findingId(), provider.username("carer.oak"), today().plusWeeks(2), "STRONGER"),
                review.reviewId());

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("findingId");
    }

    @Test
    void emptyActionIsRejectedWithEveryReasonAtOnce() {
        SignedOffReview review = signedOffReview();

        var result = as("manager.oak").post("/api/v1/reviews/{id}/actions", "{}", review.reviewId());

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("findingId", "description", "leadUsername", "dueDate", "strength");
    }

    @Test
    void leadWhoDoesNotWorkAtTheServiceIsRejected() {
        SignedOffReview review = signedOffReview();

        var result = as("manager.oak").post("/api/v1/reviews/{id}/actions",
                action(review.findingId(), provider.username("carer.riverside"), today().plusWeeks(2), "STRONGER"),
                review.reviewId());

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("leadUsername");
    }

    @Test
    void unknownStrengthCodeIsRejected() {
        SignedOffReview review = signedOffReview();

        var result = as("manager.oak").post("/api/v1/reviews/{id}/actions",
                action(review.findingId(), provider.username("carer.oak"), today().plusWeeks(2), "HEROIC"),
                review.reviewId());

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void careWorkerCannotAddAnAction() {
        SignedOffReview review = signedOffReview();

        var result = as("carer.oak").post("/api/v1/reviews/{id}/actions",
                action(review.findingId(), provider.username("carer.oak"), today().plusWeeks(2), "STRONGER"),
                review.reviewId());

        assertThat(result).as("the carer reported the event, so sees the review, but may not act on it")
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anotherServicesManagerDoesNotFindTheAction() {
        SignedOffReview review = signedOffReview();
        String actionId = addAction(review, "carer.oak", "STRONGER");
        complete("carer.oak", actionId);

        assertThat(as("manager.riverside").get("/api/v1/actions/{id}", actionId)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(verify("manager.riverside", actionId)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("manager.riverside").get("/api/v1/reviews/{id}/actions", review.reviewId()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("manager.riverside").get("/api/v1/actions")).bodyJson().extractingPath("$.total").asNumber()
                .isEqualTo(0);
    }

    @Test
    void careWorkerLeadSeesTheActionsTheyLeadOnly() {
        SignedOffReview review = signedOffReview();
        String mine = addAction(review, "carer.oak", "STRONGER");
        addAction(review, "manager.oak", "INTERMEDIATE");

        var list = as("carer.oak").get("/api/v1/actions");

        assertThat(list).bodyJson().extractingPath("$.total").asNumber().isEqualTo(1);
        assertThat(list).bodyJson().extractingPath("$.items[0].id").asString().isEqualTo(mine);
        assertThat(as("carer2.oak").get("/api/v1/actions/{id}", mine)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void planOfOnlyWeakerActionsIsFlagged() {
        SignedOffReview review = signedOffReview();
        addAction(review, "carer.oak", "WEAKER");
        addAction(review, "manager.oak", "WEAKER");

        var onlyWeaker = as("manager.oak").get("/api/v1/reviews/{id}/actions", review.reviewId());
        assertThat(onlyWeaker).hasStatusOk();
        assertThat(onlyWeaker).bodyJson().extractingPath("$.onlyWeaker").isEqualTo(true);

        addAction(review, "manager.oak", "STRONGER");
        var mixed = as("manager.oak").get("/api/v1/reviews/{id}/actions", review.reviewId());
        assertThat(mixed).bodyJson().extractingPath("$.onlyWeaker").isEqualTo(false);
        assertThat(mixed).bodyJson().extractingPath("$.actions.length()").asNumber().isEqualTo(3);
    }

    @Test
    void listFiltersByLeadAndStatus() {
        SignedOffReview review = signedOffReview();
        String carers = addAction(review, "carer.oak", "STRONGER");
        addAction(review, "manager.oak", "INTERMEDIATE");
        complete("carer.oak", carers);

        var byLead = as("manager.oak").get("/api/v1/actions?leadUsername={u}", provider.username("carer.oak"));
        assertThat(byLead).bodyJson().extractingPath("$.total").asNumber().isEqualTo(1);
        assertThat(byLead).bodyJson().extractingPath("$.items[0].lead.displayName").asString().startsWith("carer.oak");

        var completed = as("manager.oak").get("/api/v1/actions?status=COMPLETED");
        assertThat(completed).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly(carers);

        var open = as("manager.oak").get("/api/v1/actions?status=OPEN&overdue=false&page=0&size=10");
        assertThat(open).bodyJson().extractingPath("$.total").asNumber().isEqualTo(1);
        assertThat(open).bodyJson().extractingPath("$.size").asNumber().isEqualTo(10);

        assertThat(as("manager.oak").get("/api/v1/actions?status=FINISHED")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(as("manager.oak").get("/api/v1/actions?size=501")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void completionNeedsEvidenceAndHappensOnce() {
        SignedOffReview review = signedOffReview();
        String actionId = addAction(review, "carer.oak", "STRONGER");

        var empty = as("carer.oak").post("/api/v1/actions/{id}/completion", "{\"evidence\":\"  \"}", actionId);
        assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(empty).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("evidence");

        assertThat(complete("carer.oak", actionId)).hasStatusOk();
        assertThat(complete("carer.oak", actionId)).as("a second completion").hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void secondManagerVerifyingAnActionAlreadyVerifiedIsRefusedAndTheFirstVerificationStays() {
        SignedOffReview review = signedOffReview();
        String actionId = addAction(review, "carer.oak", "STRONGER");
        assertThat(complete("carer.oak", actionId)).hasStatusOk();
        assertThat(verify("manager.oak", actionId)).hasStatusOk();

        var second = verify("quality", actionId);

        assertThat(second).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(second).bodyJson().extractingPath("$.errors[0].message").asString().isEqualTo("This action is already verified");
        assertThat(as("quality").get("/api/v1/actions/{id}", actionId)).bodyJson().extractingPath("$.verifiedBy.username")
                .asString().isEqualTo(provider.username("manager.oak"));
    }

    @Test
    void openActionCannotBeVerified() {
        SignedOffReview review = signedOffReview();
        String actionId = addAction(review, "carer.oak", "STRONGER");

        var result = verify("manager.oak", actionId);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString()
                .isEqualTo("The lead has not recorded this action as done yet");
    }
}
