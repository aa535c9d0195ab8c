package org.learnloop.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The action pages, as a signed-in person uses them in the browser. */
class ActionPageTests extends ActionApiTest {

    @Autowired
    UserDetailsService accounts;

    private UserDetails signedIn(String demoName) {
        return accounts.loadUserByUsername(provider.username(demoName));
    }

    @Test
    void addActionFormWithNothingFilledShowsEveryProblemAndSavesNothing() {
        SignedOffReview review = signedOffReview();

        var result = mvc.post().uri("/reviews/{id}/actions", review.reviewId())
                .with(user(signedIn("manager.oak"))).with(csrf()).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyText()
                .contains("There is a problem")
                .contains("Choose the finding this action answers")
                .contains("Describe the action: what will change")
                .contains("Choose who leads the action")
                .contains("Enter the date the action is due")
                .contains("Choose how strong the action is")
                .contains("href=\"#findingId\"", "href=\"#strength\"");
        assertThat(as("manager.oak").get("/api/v1/reviews/{id}/actions", review.reviewId())).bodyJson()
                .extractingPath("$.actions.length()").asNumber().isEqualTo(0);
    }

    @Test
    void addActionFormWithAnUnreadableDateKeepsTheOtherAnswersAndSavesNothing() {
        SignedOffReview review = signedOffReview();

        var result = mvc.post().uri("/reviews/{id}/actions", review.reviewId())
                .with(user(signedIn("manager.oak"))).with(csrf())
                .param("findingId", review.findingId())
                .param("description", "Sensor mat by the chair")
                .param("dueDate", "next tuesday")
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("Enter a real date").contains("Choose who leads the action")
                .contains("Sensor mat by the chair");
        assertThat(as("manager.oak").get("/api/v1/reviews/{id}/actions", review.reviewId())).bodyJson()
                .extractingPath("$.actions.length()").asNumber().isEqualTo(0);
    }

    @Test
    void managerAddsAnActionThroughTheForm() {
        SignedOffReview review = signedOffReview();

        var result = mvc.post().uri("/reviews/{id}/actions", review.reviewId())
                .with(user(signedIn("manager.oak"))).with(csrf())
                .param("findingId", review.findingId())
                .param("description", "Fit a sensor mat by the lounge chair")
                .param("leadUsername", provider.username("carer.oak"))
                .param("dueDate", today().plusDays(10).toString())
                .param("strength", "STRONGER")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(result).redirectedUrl().isEqualTo("/reviews/" + review.reviewId() + "/actions");
        var plan = as("manager.oak").get("/api/v1/reviews/{id}/actions", review.reviewId());
        assertThat(plan).bodyJson().extractingPath("$.actions[0].dueDate").asString()
                .isEqualTo(today().plusDays(10).toString());
    }

    @Test
    void actionPlanShowsEachFindingWithItsActionsAndFlagsOnlyWeakerPlans() {
        SignedOffReview review = signedOffReview();
        addAction(review, "carer.oak", "WEAKER");

        var page = mvc.get().uri("/reviews/{id}/actions", review.reviewId()).with(user(signedIn("manager.oak"))).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText()
                .contains("Walking frame was out of reach.")
                .contains("Keep the walking frame within reach")
                .contains("Every action in this plan is weaker")
                .contains("Add an action");
    }

    @Test
    void careWorkerLeadCompletesTheirActionOnTheActionPage() {
        SignedOffReview review = signedOffReview();
        String actionId = addAction(review, "carer.oak", "INTERMEDIATE");

        var page = mvc.get().uri("/actions/{id}", actionId).with(user(signedIn("carer.oak"))).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Record it as done").doesNotContain("Verify the action");

        var empty = mvc.post().uri("/actions/{id}/completion", actionId).with(user(signedIn("carer.oak"))).with(csrf())
                .param("evidence", "").exchange();
        assertThat(empty).hasStatusOk();
        assertThat(empty).bodyText().contains("There is a problem").contains("Describe what was done");

        var done = mvc.post().uri("/actions/{id}/completion", actionId).with(user(signedIn("carer.oak"))).with(csrf())
                .param("evidence", "Frame check added to the handover sheet.").exchange();
        assertThat(done).hasStatus(HttpStatus.FOUND);
        assertThat(done).redirectedUrl().isEqualTo("/actions/" + actionId);
        assertThat(as("manager.oak").get("/api/v1/actions/{id}", actionId)).bodyJson().extractingPath("$.status")
                .asString().isEqualTo("COMPLETED");
    }

    @Test
    void managerWhoIsNotTheLeadVerifiesOnTheActionPage() {
        SignedOffReview review = signedOffReview();
        String actionId = addAction(review, "carer.oak", "INTERMEDIATE");
        complete("carer.oak", actionId);

        var page = mvc.get().uri("/actions/{id}", actionId).with(user(signedIn("manager.oak"))).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Verify the action").contains("handover checklist");

        var verified = mvc.post().uri("/actions/{id}/verification", actionId).with(user(signedIn("manager.oak")))
                .with(csrf()).exchange();
        assertThat(verified).hasStatus(HttpStatus.FOUND);
        assertThat(as("manager.oak").get("/api/v1/actions/{id}", actionId)).bodyJson().extractingPath("$.status")
                .asString().isEqualTo("VERIFIED");
    }

    @Test
    void actionsPageListsMyActionsAndThoseOfMyServices() {
        SignedOffReview review = signedOffReview();
        addAction(review, "carer.oak", "STRONGER");

        var carers = mvc.get().uri("/actions").with(user(signedIn("carer.oak"))).exchange();
        assertThat(carers).hasStatusOk();
        assertThat(carers).bodyText().contains("My actions").contains("Keep the walking frame within reach")
                .doesNotContain("Actions in my services");

        var managers = mvc.get().uri("/actions?status=OPEN").with(user(signedIn("manager.oak"))).exchange();
        assertThat(managers).hasStatusOk();
        assertThat(managers).bodyText().contains("Actions in my services").contains("Keep the walking frame within reach");
    }

    @Test
    void anotherServicesManagerGetsNotFoundForTheActionPage() {
        SignedOffReview review = signedOffReview();
        String actionId = addAction(review, "carer.oak", "STRONGER");

        assertThat(mvc.get().uri("/actions/{id}", actionId).with(user(signedIn("manager.riverside"))).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/reviews/{id}/actions", review.reviewId()).with(user(signedIn("manager.riverside")))
                .exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }
}
