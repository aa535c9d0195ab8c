package org.learnloop.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.learnloop.audittrail.AuditTrail;
import org.learnloop.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class LessonApiTests extends ApiTest {

    private static final String SUMMARY = "Mrs Patel in room 12 rose from her chair without her walking frame. "
            + "Frames are now left within reach at night.";

    @Autowired
    private Lessons lessons;

    @Autowired
    private AuditTrail trail;

    /** A fall reported by carer.oak, reviewed and signed off by manager.oak: the review's id. */
    static String signedOffReview(ApiTest.Caller carer, ApiTest.Caller manager, UUID serviceId,
            String managerUsername) {
        String event = id(carer.post("/api/v1/events", """
                {"type":"INCIDENT","serviceId":"%s","occurredAt":"%s","category":"FALL","summary":"Fall in lounge",
                 "description":"Slipped getting up from the chair.","physicalHarm":"MODERATE","psychologicalHarm":"LOW"}
                """.formatted(serviceId, Instant.now().minus(1, ChronoUnit.DAYS))));
        String review = id(manager.post("/api/v1/reviews", """
                {"eventIds":["%s"],"type":"AFTER_ACTION_REVIEW","leadUsername":"%s"}
                """.formatted(event, managerUsername)));
        assertThat(manager.put("/api/v1/reviews/{id}", """
                {"summary":"Rose from the chair without her frame.","contributoryFactors":["EQUIPMENT_RESOURCES"],
                 "findings":[{"text":"Walking frame was out of reach."}],"version":0}
                """, review)).hasStatusOk();
        assertThat(manager.post("/api/v1/reviews/{id}/sign-off", "", review)).hasStatusOk();
        return review;
    }

    private String signedOffReview() {
        return signedOffReview(as("carer.oak"), as("manager.oak"), provider.oak(), provider.username("manager.oak"));
    }

    private static String id(MvcTestResult created) {
        assertThat(created).as("created").hasStatus(HttpStatus.CREATED);
        String location = created.getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private MvcTestResult draft(String review, String title, String summary) {
        return as("manager.oak").post("/api/v1/lessons", """
                {"reviewId":"%s","title":"%s","summary":"%s"}
                """.formatted(review, title, summary));
    }

    private String publishedLesson() {
        String lesson = id(draft(signedOffReview(), "Frames within reach at night", SUMMARY));
        assertThat(as("manager.oak").post("/api/v1/lessons/{id}/publish", "", lesson)).hasStatusOk();
        return lesson;
    }

    @Test
    void managerDraftsAnAnonymisedLessonAndStaffReadAndAcknowledgeIt() throws Exception {
        var drafted = draft(signedOffReview(), "Frames within reach at night", SUMMARY);

        assertThat(drafted).hasStatus(HttpStatus.CREATED);
        assertThat(drafted).bodyJson().extractingPath("$.summary").asString()
                .isEqualTo("[name] in [room] rose from her chair without her walking frame. "
                        + "Frames are now left within reach at night.");
        assertThat(drafted).bodyJson().extractingPath("$.removed.NAME").asNumber().isEqualTo(1);
        assertThat(drafted).bodyJson().extractingPath("$.removed.ROOM").asNumber().isEqualTo(1);
        assertThat(drafted).bodyJson().extractingPath("$.status").asString().isEqualTo("DRAFT");
        assertThat(drafted).bodyJson().extractingPath("$.serviceIds[0]").asString().isEqualTo(provider.oak().toString());
        String lesson = id(drafted);

        var published = as("manager.oak").post("/api/v1/lessons/{id}/publish", "", lesson);
        assertThat(published).hasStatusOk();
        assertThat(published).bodyJson().extractingPath("$.status").asString().isEqualTo("PUBLISHED");

        var mine = as("carer.oak").get("/api/v1/lessons");
        assertThat(mine).hasStatusOk();
        assertThat(mine).bodyJson().extractingPath("$.total").asNumber().isEqualTo(1);
        assertThat(mine).bodyJson().extractingPath("$.items[0].id").asString().isEqualTo(lesson);
        assertThat(mine).bodyJson().extractingPath("$.items[0].acknowledged").isEqualTo(false);

        var first = as("carer.oak").post("/api/v1/lessons/{id}/acknowledgements", "", lesson);
        assertThat(first).hasStatus(HttpStatus.CREATED);
        String firstTime = JsonPath.read(first.getResponse().getContentAsString(), "$.at");
        var again = as("carer.oak").post("/api/v1/lessons/{id}/acknowledgements", "", lesson);
        assertThat(again).hasStatusOk();
        assertThat(again).bodyJson().extractingPath("$.at").asString().as("the first time is kept").isEqualTo(firstTime);

        var report = as("manager.oak").get("/api/v1/lessons/{id}/acknowledgements", lesson);
        assertThat(report).hasStatusOk();
        assertThat(report).bodyJson().extractingPath("$.acknowledged[*].username").asArray()
                .containsExactly(provider.username("carer.oak"));
        assertThat(report).bodyJson().extractingPath("$.outstanding[*].username").asArray()
                .contains(provider.username("carer2.oak"))
                .doesNotContain(provider.username("carer.oak"), provider.username("carer.riverside"));
        assertThat(report).bodyJson().extractingPath("$.acknowledgedCount").asNumber().isEqualTo(1);
        assertThat(report).bodyJson().extractingPath("$.staffCount").asNumber().isEqualTo(4);
        assertThat(as("carer.oak").get("/api/v1/lessons/{id}", lesson)).bodyJson().extractingPath("$.acknowledged")
                .isEqualTo(true);
    }

    @Test
    void eachStepIsInTheAuditTrailOnce() {
        String lesson = publishedLesson();
        as("carer.oak").post("/api/v1/lessons/{id}/acknowledgements", "", lesson);
        as("carer.oak").post("/api/v1/lessons/{id}/acknowledgements", "", lesson);

        assertThat(trail.countFor(provider.organisationId(), "LESSON", UUID.fromString(lesson), "CHANGE"))
                .as("drafted, published, acknowledged once").isEqualTo(3);
    }

    @Test
    void careWorkerOfAnotherServiceDoesNotFindTheLesson() {
        String lesson = publishedLesson();

        assertThat(as("carer.riverside").get("/api/v1/lessons/{id}", lesson)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("carer.riverside").post("/api/v1/lessons/{id}/acknowledgements", "", lesson))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("carer.riverside").get("/api/v1/lessons")).bodyJson().extractingPath("$.total").asNumber()
                .isEqualTo(0);
        assertThat(as("manager.riverside").get("/api/v1/lessons/{id}/acknowledgements", lesson))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void careWorkerCannotPublishOrSeeWhoHasRead() {
        String lesson = publishedLesson();

        assertThat(as("carer.oak").post("/api/v1/lessons/{id}/publish", "", lesson)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(as("carer.oak").get("/api/v1/lessons/{id}/acknowledgements", lesson)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void careWorkerDoesNotSeeADraft() {
        String lesson = id(draft(signedOffReview(), "Frames within reach at night", SUMMARY));

        assertThat(as("carer.oak").get("/api/v1/lessons/{id}", lesson)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("carer.oak").post("/api/v1/lessons/{id}/publish", "", lesson)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("carer.oak").get("/api/v1/lessons")).bodyJson().extractingPath("$.total").asNumber().isEqualTo(0);
        assertThat(as("manager.oak").get("/api/v1/lessons")).bodyJson().extractingPath("$.total").asNumber().isEqualTo(1);
    }

    @Test
    void careWorkerCannotWriteALesson() {
        var result = as("carer.oak").post("/api/v1/lessons", """
                {"reviewId":"%s","title":"Frames","summary":"Frames within reach."}
                """.formatted(signedOffReview()));

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void acknowledgingADraftIsNotFound() {
        String lesson = id(draft(signedOffReview(), "Frames within reach at night", SUMMARY));

        assertThat(as("carer.oak").post("/api/v1/lessons/{id}/acknowledgements", "", lesson))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("manager.oak").post("/api/v1/lessons/{id}/acknowledgements", "", lesson))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void lessonFromADraftReviewIsRejected() {
        String event = id(as("carer.oak").post("/api/v1/events", """
                {"type":"NEAR_MISS","serviceId":"%s","occurredAt":"%s","category":"MEDICATION","summary":"Wrong pot",
                 "description":"Noticed before giving.","physicalHarm":"NONE","psychologicalHarm":"NONE"}
                """.formatted(provider.oak(), Instant.now().minus(1, ChronoUnit.HOURS))));
        String review = id(as("manager.oak").post("/api/v1/reviews", """
                {"eventIds":["%s"],"type":"LOCAL_REVIEW","leadUsername":"%s"}
                """.formatted(event, provider.username("manager.oak"))));

        var result = draft(review, "Check the pot", "Check the name on the pot.");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("reviewId");
    }

    @Test
    void emptyTitleIsRejectedWithEveryReasonAndNothingIsStored() {
        String review = signedOffReview();

        var result = as("manager.oak").post("/api/v1/lessons", """
                {"reviewId":"%s","title":"  ","summary":"","serviceIds":["%s"]}
                """.formatted(review, provider.riverside()));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("title", "summary", "serviceIds");
        assertThat(as("manager.oak").get("/api/v1/lessons")).bodyJson().extractingPath("$.total").asNumber().isEqualTo(0);
        assertThat(lessons.forReviews(provider.organisationId(), List.of(UUID.fromString(review)))).as("stored").isEmpty();
    }

    @Test
    void overlongTitleIsRejected() {
        var result = draft(signedOffReview(), "x".repeat(151), "Frames within reach.");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString()
                .isEqualTo("The title must be 150 characters or fewer");
    }

    @Test
    void unknownReviewIsNotFound() {
        var result = draft(UUID.randomUUID().toString(), "Frames", "Frames within reach.");

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void publishingTwiceIsRejected() {
        String lesson = publishedLesson();

        assertThat(as("manager.oak").post("/api/v1/lessons/{id}/publish", "", lesson)).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void lessonSharedWithTwoServicesIsReadByBoth() {
        var drafted = as("quality").post("/api/v1/lessons", """
                {"reviewId":"%s","title":"Frames within reach","summary":"Frames are left within reach at night.",
                 "serviceIds":["%s","%s"]}
                """.formatted(signedOffReview(), provider.oak(), provider.riverside()));
        String lesson = id(drafted);
        assertThat(as("quality").post("/api/v1/lessons/{id}/publish", "", lesson)).hasStatusOk();

        assertThat(as("carer.riverside").post("/api/v1/lessons/{id}/acknowledgements", "", lesson))
                .hasStatus(HttpStatus.CREATED);
        var report = as("manager.riverside").get("/api/v1/lessons/{id}/acknowledgements", lesson);
        assertThat(report).bodyJson().extractingPath("$.acknowledgedCount").asNumber().isEqualTo(1);
        assertThat(report).bodyJson().extractingPath("$.staffCount").asNumber().isEqualTo(6);
        assertThat(as("carer.oak").get("/api/v1/lessons/{id}", lesson)).hasStatusOk();
        assertThat(as("manager.glen").get("/api/v1/lessons/{id}", lesson)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void namesOfTheServicesStaffAreTakenOut() {
        var actor = provider.actor("carer2.oak");
        String name = actor.displayName();

        var drafted = draft(signedOffReview(), "Frames", "Found by " + name + " at night.");

        assertThat(drafted).bodyJson().extractingPath("$.summary").asString().isEqualTo("Found by [name] at night.");
    }

    @Test
    void readModelsAnswerForManyReviewsAndLessons() {
        String lesson = publishedLesson();
        as("carer.oak").post("/api/v1/lessons/{id}/acknowledgements", "", lesson);
        UUID id = UUID.fromString(lesson);
        LessonView view = lessons.find(provider.actor("manager.oak"), id);

        assertThat(lessons.forReviews(provider.organisationId(), List.of(view.reviewId(), UUID.randomUUID())))
                .extracting(LessonView::id).containsExactly(id);
        assertThat(lessons.acknowledgementCounts(provider.organisationId(), List.of(id)))
                .containsEntry(id, new AckCount(1, 4));
        assertThat(lessons.unreadBy(provider.actor("carer.oak"))).as("carer.oak has read it").isEmpty();
        assertThat(lessons.unreadBy(provider.actor("carer2.oak"))).as("carer2.oak has not")
                .extracting(LessonView::id).containsExactly(id);
        assertThat(lessons.forPerson(provider.actor("carer.oak"))).extracting(LessonView::acknowledged).containsExactly(true);
    }
}
