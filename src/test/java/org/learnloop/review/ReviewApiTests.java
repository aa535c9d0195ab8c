package org.learnloop.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.learnloop.support.ApiTest;
import org.springframework.http.HttpStatus;

class ReviewApiTests extends ApiTest {

    private String reportFall(String as) {
        var result = as(as).post("/api/v1/events", """
                {"type":"INCIDENT","serviceId":"%s","occurredAt":"%s","category":"FALL","summary":"Fall in lounge",
                 "description":"Slipped getting up from the chair.","physicalHarm":"MODERATE","psychologicalHarm":"LOW"}
                """.formatted(provider.oak(), Instant.now().minus(1, ChronoUnit.DAYS)));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return result.getResponse().getHeader("Location").replace("/api/v1/events/", "");
    }

    private String openReview(String eventId) {
        var result = as("manager.oak").post("/api/v1/reviews", """
                {"eventIds":["%s"],"type":"ROOT_CAUSE_ANALYSIS","leadUsername":"%s"}
                """.formatted(eventId, provider.username("manager.oak")));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return result.getResponse().getHeader("Location").replace("/api/v1/reviews/", "");
    }

    private static final String WRITE_UP = """
            {"summary":"Rose from the chair without her frame.","contributoryFactors":["PERSON","EQUIPMENT_RESOURCES"],
             "findings":[{"text":"Walking frame was out of reach."}],"version":%d}
            """;

    @Test
    void managerOpensWritesUpAndSignsOffAReview() {
        String review = openReview(reportFall("carer.oak"));

        var updated = as("manager.oak").put("/api/v1/reviews/{id}", WRITE_UP.formatted(0), review);
        assertThat(updated).hasStatusOk();
        assertThat(updated).bodyJson().extractingPath("$.findings[0].text").asString().isEqualTo("Walking frame was out of reach.");

        var signed = as("manager.oak").post("/api/v1/reviews/{id}/sign-off", "", review);
        assertThat(signed).hasStatusOk();
        assertThat(signed).bodyJson().extractingPath("$.status").asString().isEqualTo("SIGNED_OFF");
    }

    @Test
    void careWorkerCannotOpenAReview() {
        String event = reportFall("carer.oak");

        var result = as("carer.oak").post("/api/v1/reviews", """
                {"eventIds":["%s"],"type":"LOCAL_REVIEW","leadUsername":"%s"}
                """.formatted(event, provider.username("carer.oak")));

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anotherServicesManagerDoesNotFindTheReview() {
        String review = openReview(reportFall("carer.oak"));

        assertThat(as("manager.riverside").get("/api/v1/reviews/{id}", review)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("manager.riverside").post("/api/v1/reviews", """
                {"eventIds":["%s"],"type":"LOCAL_REVIEW","leadUsername":"%s"}
                """.formatted(reportFall("carer.oak"), provider.username("manager.riverside")))).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void signOffWithoutFindingsIsRefusedWithEveryReason() {
        String review = openReview(reportFall("carer.oak"));

        var result = as("manager.oak").post("/api/v1/reviews/{id}/sign-off", "", review);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors.length()").asNumber().isEqualTo(3);
        assertThat(as("manager.oak").get("/api/v1/reviews/{id}", review)).bodyJson().extractingPath("$.status")
                .asString().isEqualTo("DRAFT");
    }

    @Test
    void secondSaveFromAStaleCopyIsToldItChanged() {
        String review = openReview(reportFall("carer.oak"));
        assertThat(as("manager.oak").put("/api/v1/reviews/{id}", WRITE_UP.formatted(0), review)).hasStatusOk();

        var stale = as("quality").put("/api/v1/reviews/{id}", WRITE_UP.formatted(0).replace("out of reach", "broken"), review);

        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        assertThat(as("manager.oak").get("/api/v1/reviews/{id}", review)).bodyJson().extractingPath("$.findings[0].text")
                .asString().isEqualTo("Walking frame was out of reach.");
    }

    @Test
    void signedOffReviewCannotBeChanged() {
        String review = openReview(reportFall("carer.oak"));
        as("manager.oak").put("/api/v1/reviews/{id}", WRITE_UP.formatted(0), review);
        as("manager.oak").post("/api/v1/reviews/{id}/sign-off", "", review);

        var result = as("manager.oak").put("/api/v1/reviews/{id}", WRITE_UP.formatted(2), review);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void unknownFactorCodeIsRejected() {
        String review = openReview(reportFall("carer.oak"));

        var result = as("manager.oak").put("/api/v1/reviews/{id}", WRITE_UP.formatted(0).replace("PERSON", "BAD_LUCK"), review);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void signingOffABlankFormFromThePageNamesEveryMissingPartAndSavesNothing() {
        String review = openReview(reportFall("carer.oak"));

        var page = mvc.post().uri("/reviews/{id}/sign-off", review).with(signedInAs("manager.oak"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("summary", "").param("findingText", "").param("version", "0").exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("There is a problem")
                .contains("href=\"#summary\"", "href=\"#contributoryFactors\"", "href=\"#findings\"");
        assertThat(as("manager.oak").get("/api/v1/reviews/{id}", review)).bodyJson().extractingPath("$.version")
                .asNumber().isEqualTo(0);
    }

    @Test
    void aFindingOverTheLimitIsRefusedEvenWhenItIsAllSpaces() {
        String review = openReview(reportFall("carer.oak"));

        var result = as("manager.oak").put("/api/v1/reviews/{id}", """
                {"summary":"Rose from the chair.","findings":[{"text":"%s"}],"version":0}
                """.formatted(" ".repeat(UpdateReview.FINDING_MAX + 1)), review);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(as("manager.oak").get("/api/v1/reviews/{id}", review)).bodyJson().extractingPath("$.version")
                .asNumber().isEqualTo(0);
    }
}
