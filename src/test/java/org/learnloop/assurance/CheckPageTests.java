package org.learnloop.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.learnloop.actions.ActionApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The effectiveness check pages, as a manager uses them. */
class CheckPageTests extends ActionApiTest {

    @Autowired
    UserDetailsService accounts;

    private UserDetails signedIn(String demoName) {
        return accounts.loadUserByUsername(provider.username(demoName));
    }

    @Test
    void managerSeesTheScheduledCheckAndRecordsThatTheChangeDidNotStick() {
        SignedOffReview review = signedOffReview();
        String actionId = verifiedAction(review);
        String checkId = read(awaitChecks(actionId, total(1)), "$.items[0].id");

        var list = mvc.get().uri("/checks").with(user(signedIn("manager.oak"))).exchange();
        assertThat(list).hasStatusOk();
        assertThat(list).bodyText().contains("Keep the walking frame within reach").contains("/checks/" + checkId);

        var page = mvc.get().uri("/checks/{id}", checkId).with(user(signedIn("manager.oak"))).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Walking frame was out of reach.").contains("handover checklist")
                .contains("Has the change stuck?").contains("Partly embedded");

        var withoutNotes = mvc.post().uri("/checks/{id}/result", checkId).with(user(signedIn("manager.oak"))).with(csrf())
                .param("verdict", "NOT_EMBEDDED").exchange();
        assertThat(withoutNotes).hasStatusOk();
        assertThat(withoutNotes).bodyText().contains("There is a problem").contains("notes are needed");

        var recorded = mvc.post().uri("/checks/{id}/result", checkId).with(user(signedIn("manager.oak"))).with(csrf())
                .param("verdict", "NOT_EMBEDDED").param("notes", "Frames by the door again.").exchange();
        assertThat(recorded).hasStatus(HttpStatus.FOUND);
        assertThat(recorded).redirectedUrl().isEqualTo("/checks/" + checkId);
        assertThat(as("manager.oak").get("/api/v1/actions/{id}", actionId)).bodyJson().extractingPath("$.status")
                .asString().isEqualTo("OPEN");

        var action = mvc.get().uri("/actions/{id}", actionId).with(user(signedIn("carer.oak"))).exchange();
        assertThat(action).as("the lead sees the earlier completion and why it was reopened").bodyText()
                .contains("Earlier completions that did not stick").contains("Frames by the door again.");
    }

    @Test
    void anotherServicesManagerGetsNotFoundForTheCheckPage() {
        SignedOffReview review = signedOffReview();
        String checkId = read(awaitChecks(verifiedAction(review), total(1)), "$.items[0].id");

        assertThat(mvc.get().uri("/checks/{id}", checkId).with(user(signedIn("manager.riverside"))).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
