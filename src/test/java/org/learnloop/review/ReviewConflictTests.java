package org.learnloop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.learnloop.support.ApiTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Two managers edit the same review: the second save is refused, told who changed it and when, and
 * shown what changed beside their own words, which are kept; nothing of the first is overwritten.
 */
class ReviewConflictTests extends ApiTest {

    private String openReview() {
        var event = as("carer.oak").post("/api/v1/events", """
                {"type":"INCIDENT","serviceId":"%s","occurredAt":"%s","category":"FALL","summary":"Fall in lounge",
                 "description":"Slipped getting up from the chair.","physicalHarm":"MODERATE","psychologicalHarm":"LOW"}
                """.formatted(provider.oak(), Instant.now().minus(1, ChronoUnit.DAYS)));
        String eventId = event.getResponse().getHeader("Location").replace("/api/v1/events/", "");
        var review = as("manager.oak").post("/api/v1/reviews", """
                {"eventIds":["%s"],"type":"ROOT_CAUSE_ANALYSIS","leadUsername":"%s"}
                """.formatted(eventId, provider.username("manager.oak")));
        assertThat(review).hasStatus(HttpStatus.CREATED);
        return review.getResponse().getHeader("Location").replace("/api/v1/reviews/", "");
    }

    private MvcTestResult saveForm(String who, String review, int version, String summary, String factor, String findingId,
            String... findings) {
        var request = mvc.post().uri("/reviews/{id}", review).with(signedInAs(who)).with(csrf())
                .param("summary", summary).param("contributoryFactors", factor).param("version", String.valueOf(version));
        for (String finding : findings) {
            request = request.param("findingText", finding).param("findingId", findingId);
        }
        return request.exchange();
    }

    @Test
    void secondManagersSaveShowsWhoChangedItWhatChangedAndKeepsTheirWordsThenGoesThroughDeliberately() {
        String review = openReview();
        assertThat(mvc.get().uri("/reviews/{id}", review).with(signedInAs("manager.oak")).exchange()).bodyText()
                .contains("name=\"version\" value=\"0\"");
        assertThat(mvc.get().uri("/reviews/{id}", review).with(signedInAs("quality")).exchange()).bodyText()
                .contains("name=\"version\" value=\"0\"");

        var first = saveForm("manager.oak", review, 0, "Rose from the chair without her frame.", "EQUIPMENT_RESOURCES", "",
                "Walking frame was out of reach.");
        assertThat(first).hasStatus(HttpStatus.FOUND);

        var second = saveForm("quality", review, 0, "She had been awake most of the night.", "INDIVIDUAL_STAFF", "",
                "Night checks were missed.");

        assertThat(second).as("refused, not saved").hasStatus(HttpStatus.CONFLICT);
        String managerName = provider.actor("manager.oak").displayName();
        assertThat(second).bodyText()
                .as("the error summary names who changed it, and when")
                .containsPattern("There is a problem[\\s\\S]*href=\"#what-changed\">" + managerName
                        + " changed this review at \\d\\d:\\d\\d while you were editing</a>")
                .as("the comparison, part by part, with their version and ours")
                .contains("id=\"what-changed\"", "Saved by " + managerName, ">Yours<")
                .contains("What happened was changed", "Rose from the chair without her frame.")
                .contains("Contributory factor added: Equipment and resources factors")
                .contains("Finding added", "Walking frame was out of reach.", "Not among your findings")
                .as("our own words are still in the form")
                .contains(">She had been awake most of the night.</textarea>", ">Night checks were missed.</textarea>")
                .containsPattern("value=\"INDIVIDUAL_STAFF\"\\s+id=\"[^\"]+\" checked")
                .as("the form is now at the version saved")
                .contains("name=\"version\" value=\"1\"");
        var saved = as("manager.oak").get("/api/v1/reviews/{id}", review);
        assertThat(saved).bodyJson().extractingPath("$.summary").asString().isEqualTo("Rose from the chair without her frame.");
        assertThat(saved).bodyJson().extractingPath("$.findings[0].text").asString().isEqualTo("Walking frame was out of reach.");
        assertThat(saved).bodyJson().extractingPath("$.version").asNumber().isEqualTo(1);

        var merged = saveForm("quality", review, 1, "Rose from the chair without her frame; awake most of the night.",
                "INDIVIDUAL_STAFF", "", "Walking frame was out of reach.", "Night checks were missed.");

        assertThat(merged).as("saving again at the version shown goes through").hasStatus(HttpStatus.FOUND);
        var after = as("manager.oak").get("/api/v1/reviews/{id}", review);
        assertThat(after).bodyJson().extractingPath("$.findings.length()").asNumber().isEqualTo(2);
        assertThat(after).bodyJson().extractingPath("$.version").asNumber().isEqualTo(2);
    }

    @Test
    void signingOffFromAStaleFormIsRefusedLikeASaveAndSignsNothingOff() {
        String review = openReview();
        assertThat(saveForm("manager.oak", review, 0, "Rose from the chair.", "PERSON", "", "Frame out of reach."))
                .hasStatus(HttpStatus.FOUND);

        var signOff = mvc.post().uri("/reviews/{id}/sign-off", review).with(signedInAs("quality")).with(csrf())
                .param("summary", "Awake all night.").param("contributoryFactors", "INDIVIDUAL_STAFF")
                .param("findingText", "Night checks were missed.").param("findingId", "").param("version", "0").exchange();

        assertThat(signOff).hasStatus(HttpStatus.CONFLICT);
        assertThat(signOff).bodyText().contains(provider.actor("manager.oak").displayName() + " changed this review at")
                .contains(">Awake all night.</textarea>");
        assertThat(as("manager.oak").get("/api/v1/reviews/{id}", review)).bodyJson().extractingPath("$.status")
                .asString().isEqualTo("DRAFT");
    }

    @Test
    void savingAfterAColleagueSignedOffShowsTheSignOffAndTheWordsThatCouldNotBeSaved() {
        String review = openReview();
        assertThat(saveForm("manager.oak", review, 0, "Rose from the chair.", "PERSON", "", "Frame out of reach."))
                .hasStatus(HttpStatus.FOUND);
        assertThat(as("manager.oak").post("/api/v1/reviews/{id}/sign-off", "", review)).hasStatusOk();

        var late = saveForm("quality", review, 1, "Awake all night.", "INDIVIDUAL_STAFF", "", "Night checks were missed.");

        assertThat(late).hasStatus(HttpStatus.CONFLICT);
        assertThat(late).bodyText()
                .contains(provider.actor("manager.oak").displayName() + " signed off this review at")
                .contains("can no longer be changed", "Awake all night.", "Night checks were missed.");
    }

    @Test
    void staleApiSaveAnswersTheCurrentVersionTheSavedReviewAndEachChange() throws Exception {
        String review = openReview();
        var first = as("manager.oak").put("/api/v1/reviews/{id}", """
                {"summary":"Rose from the chair.","contributoryFactors":["PERSON","TEAM_SOCIAL"],
                 "findings":[{"text":"Frame out of reach."},{"text":"Handover missed the falls risk."}],"version":0}
                """, review);
        assertThat(first).hasStatusOk();
        String frameId = com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(first.getResponse().getContentAsString(),
                "$.findings[?(@.text == 'Frame out of reach.')].id").get(0);
        assertThat(as("manager.oak").put("/api/v1/reviews/{id}", """
                {"summary":"Rose from the chair without her frame.","contributoryFactors":["PERSON","COMMUNICATION"],
                 "findings":[{"id":"%s","text":"Walking frame was out of reach."}],"version":1}
                """.formatted(frameId), review)).hasStatusOk();

        var stale = as("quality").put("/api/v1/reviews/{id}", """
                {"summary":"Awake all night.","contributoryFactors":["INDIVIDUAL_STAFF"],"findings":[],"version":1}
                """, review);

        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        var body = assertThat(stale).bodyJson();
        body.extractingPath("$.title").asString().isEqualTo("Changed by someone else");
        body.extractingPath("$.currentVersion").asNumber().isEqualTo(2);
        body.extractingPath("$.changedBy.username").asString().isEqualTo(provider.username("manager.oak"));
        body.extractingPath("$.changedAt").asString().isNotBlank();
        body.extractingPath("$.current.summary").asString().isEqualTo("Rose from the chair without her frame.");
        body.extractingPath("$.current.version").asNumber().isEqualTo(2);
        body.extractingPath("$.changes[0]").asMap().containsEntry("part", "summary").containsEntry("change", "CHANGED")
                .containsEntry("before", "Rose from the chair.").containsEntry("after", "Rose from the chair without her frame.");
        body.extractingPath("$.changes[?(@.part == 'contributoryFactors' && @.change == 'ADDED')].factor").asArray()
                .containsExactly("COMMUNICATION");
        body.extractingPath("$.changes[?(@.part == 'contributoryFactors' && @.change == 'REMOVED')].factor").asArray()
                .containsExactly("TEAM_SOCIAL");
        body.extractingPath("$.changes[?(@.part == 'findings' && @.change == 'CHANGED')].after").asArray()
                .containsExactly("Walking frame was out of reach.");
        body.extractingPath("$.changes[?(@.part == 'findings' && @.change == 'REMOVED')].before").asArray()
                .containsExactly("Handover missed the falls risk.");
        assertThat(as("manager.oak").get("/api/v1/reviews/{id}", review)).bodyJson().extractingPath("$.summary")
                .asString().isEqualTo("Rose from the chair without her frame.");
    }

    @Test
    void saveWithoutAVersionStillSavesOverWhatIsThere() {
        String review = openReview();
        assertThat(as("manager.oak").put("/api/v1/reviews/{id}", """
                {"summary":"Rose from the chair.","version":0}""", review)).hasStatusOk();

        var unversioned = as("quality").put("/api/v1/reviews/{id}", """
                {"summary":"Rose from the chair without her frame."}""", review);

        assertThat(unversioned).hasStatusOk();
        assertThat(unversioned).bodyJson().extractingPath("$.version").asNumber().isEqualTo(2);
    }
}
