package org.learnloop.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.learnloop.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class LessonPageTests extends ApiTest {

    @Autowired
    private UserDetailsService accounts;

    private UserDetails signedIn(String demoName) {
        return accounts.loadUserByUsername(provider.username(demoName));
    }

    private String signedOffReview() {
        return LessonApiTests.signedOffReview(as("carer.oak"), as("manager.oak"), provider.oak(),
                provider.username("manager.oak"));
    }

    private String publishedLesson() {
        var drafted = as("manager.oak").post("/api/v1/lessons", """
                {"reviewId":"%s","title":"Frames within reach at night","summary":"Frames are left within reach."}
                """.formatted(signedOffReview()));
        String location = drafted.getResponse().getHeader("Location");
        String lesson = location.substring(location.lastIndexOf('/') + 1);
        assertThat(as("manager.oak").post("/api/v1/lessons/{id}/publish", "", lesson)).hasStatusOk();
        return lesson;
    }

    private MvcTestResult page(String demoName, String path, Object... vars) {
        return mvc.get().uri(path, vars).with(user(signedIn(demoName))).exchange();
    }

    @Test
    void careWorkerAcknowledgesALessonOnItsPage() {
        String lesson = publishedLesson();

        var before = page("carer.oak", "/lessons/{id}", lesson);
        assertThat(before).hasStatusOk();
        assertThat(before).bodyText().contains("Frames within reach at night").contains("Oak House")
                .contains("I have read and understood this")
                .doesNotContain("Publish to staff").doesNotContain("Who has read it");

        MockHttpSession browser = new MockHttpSession();
        var posted = mvc.post().uri("/lessons/{id}/acknowledgements", lesson).session(browser)
                .with(user(signedIn("carer.oak"))).with(csrf()).exchange();
        assertThat(posted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/lessons/" + lesson);

        var after = mvc.get().uri("/lessons/{id}", lesson).session(browser).with(user(signedIn("carer.oak"))).exchange();
        assertThat(after).hasStatusOk();
        assertThat(after).bodyText().contains("Thank you. Your manager can see that you have read this lesson.")
                .contains("You have read this lesson").doesNotContain("I have read and understood this");
    }

    @Test
    void lessonsListShowsWhatIsStillToReadFirst() {
        String lesson = publishedLesson();

        var toRead = page("carer.oak", "/lessons");
        assertThat(toRead).hasStatusOk();
        assertThat(toRead).bodyText().contains("Lessons to read").contains("Frames within reach at night").contains("To read")
                .doesNotContain("Lessons you have read");

        as("carer.oak").post("/api/v1/lessons/{id}/acknowledgements", "", lesson);
        var read = page("carer.oak", "/lessons");
        assertThat(read).bodyText().contains("You have read every lesson shared with you.").contains("Lessons you have read")
                .contains("Read on");
    }

    @Test
    void managerWritesAnonymisedLessonThenPublishesItAndSeesWhoHasRead() {
        String review = signedOffReview();

        var form = page("manager.oak", "/lessons/new?reviewId={id}", review);
        assertThat(form).hasStatusOk();
        assertThat(form).bodyText().contains("Write a lesson").contains("Walking frame was out of reach.").contains("Oak House");

        MockHttpSession browser = new MockHttpSession();
        var posted = mvc.post().uri("/lessons").session(browser).with(user(signedIn("manager.oak"))).with(csrf())
                .param("reviewId", review).param("title", "Frames within reach")
                .param("summary", "Mrs Patel in room 12 rose without her frame.")
                .param("serviceIds", provider.oak().toString()).exchange();
        assertThat(posted).hasStatus(HttpStatus.FOUND);
        String location = posted.getResponse().getRedirectedUrl();

        var draft = mvc.get().uri(location).session(browser).with(user(signedIn("manager.oak"))).exchange();
        assertThat(draft).hasStatusOk();
        assertThat(draft).bodyText().contains("[name] in [room] rose without her frame.").doesNotContain("Patel")
                .contains("1 name").contains("1 room number").contains("Publish to staff")
                .contains("The lesson was saved as a draft.");

        var published = mvc.post().uri(location + "/publish").with(user(signedIn("manager.oak"))).with(csrf()).exchange();
        assertThat(published).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(location);

        var report = page("manager.oak", location);
        assertThat(report).bodyText().contains("Who has read it").contains("0 of 4 staff have read and understood it.")
                .contains(provider.actor("carer2.oak").displayName()).contains("Not yet").doesNotContain("Publish to staff");
    }

    @Test
    void lessonFormWithoutATitleIsShownAgainWithTheProblem() {
        String review = signedOffReview();

        MockHttpSession browser = new MockHttpSession();
        var posted = mvc.post().uri("/lessons").session(browser).with(user(signedIn("manager.oak"))).with(csrf())
                .param("reviewId", review).param("title", "").param("summary", "Frames within reach.").exchange();

        assertThat(posted).hasStatusOk();
        assertThat(posted).bodyText().contains("There is a problem").contains("Enter a title for the lesson")
                .contains("Frames within reach.");
        assertThat(page("manager.oak", "/lessons")).bodyText().doesNotContain("Drafts not yet shared with staff");
    }

    @Test
    void lessonFormForAReviewNotYetSignedOffSaysWhy() {
        String event = as("carer.oak").post("/api/v1/events", """
                {"type":"NEAR_MISS","serviceId":"%s","occurredAt":"%s","category":"MEDICATION",
                 "summary":"Wrong pot","description":"Noticed before giving.","physicalHarm":"NONE","psychologicalHarm":"NONE"}
                """.formatted(provider.oak(), Instant.now().minus(1, ChronoUnit.HOURS))).getResponse()
                .getHeader("Location").replace("/api/v1/events/", "");
        String review = as("manager.oak").post("/api/v1/reviews", """
                {"eventIds":["%s"],"type":"LOCAL_REVIEW","leadUsername":"%s"}
                """.formatted(event, provider.username("manager.oak"))).getResponse().getHeader("Location")
                .replace("/api/v1/reviews/", "");

        var form = page("manager.oak", "/lessons/new?reviewId={id}", review);

        assertThat(form).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(form).bodyText().contains("Sign the review off before writing its lesson.");
    }

    @Test
    void careWorkerCannotOpenTheLessonForm() {
        String review = signedOffReview();

        assertThat(page("carer.oak", "/lessons/new?reviewId={id}", review)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(page("carer.riverside", "/lessons/new?reviewId={id}", review)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void careWorkerOfAnotherServiceIsToldTheLessonIsNotThere() {
        String lesson = publishedLesson();

        assertThat(page("carer.riverside", "/lessons/{id}", lesson)).hasStatus(HttpStatus.NOT_FOUND);
    }
}
