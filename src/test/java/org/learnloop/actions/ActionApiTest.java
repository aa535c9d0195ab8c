package org.learnloop.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

import com.jayway.jsonpath.JsonPath;

import org.learnloop.shared.UkTime;
import org.learnloop.support.ApiTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * API tests that need the loop up to acting: a fall reported at Oak House, a review of it signed
 * off with one finding, and actions answering that finding.
 */
public abstract class ActionApiTest extends ApiTest {

    /** A signed-off review and its one finding. */
    protected record SignedOffReview(String reviewId, String findingId) {
    }

    protected static String read(MvcTestResult result, String path) {
        try {
            Object value = JsonPath.read(result.getResponse().getContentAsString(), path);
            return value == null ? null : value.toString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected String reportFall() {
        var result = as("carer.oak").post("/api/v1/events", """
                {"type":"INCIDENT","serviceId":"%s","occurredAt":"%s","category":"FALL","summary":"Fall in lounge",
                 "description":"Slipped getting up from the chair.","physicalHarm":"MODERATE","psychologicalHarm":"LOW"}
                """.formatted(provider.oak(), Instant.now().minus(1, ChronoUnit.DAYS)));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return read(result, "$.id");
    }

    /** A review of a new fall, opened and written up by the Oak House manager, not signed off. */
    protected SignedOffReview draftReview() {
        var opened = as("manager.oak").post("/api/v1/reviews", """
                {"eventIds":["%s"],"type":"AFTER_ACTION_REVIEW","leadUsername":"%s"}
                """.formatted(reportFall(), provider.username("manager.oak")));
        assertThat(opened).hasStatus(HttpStatus.CREATED);
        String reviewId = read(opened, "$.id");
        var written = as("manager.oak").put("/api/v1/reviews/{id}", """
                {"summary":"Rose from the chair without her frame.","contributoryFactors":["EQUIPMENT_RESOURCES"],
                 "findings":[{"text":"Walking frame was out of reach."}],"version":0}
                """, reviewId);
        assertThat(written).hasStatusOk();
        return new SignedOffReview(reviewId, read(written, "$.findings[0].id"));
    }

    protected SignedOffReview signedOffReview() {
        SignedOffReview review = draftReview();
        assertThat(as("manager.oak").post("/api/v1/reviews/{id}/sign-off", "", review.reviewId())).hasStatusOk();
        return review;
    }

    protected static LocalDate today() {
        return UkTime.londonDate(Instant.now());
    }

    protected static String action(String findingId, String leadUsername, LocalDate due, String strength) {
        return """
                {"description":"Keep the walking frame within reach at every transfer; check at each handover.",
                 "leadUsername":"%s","dueDate":"%s","strength":"%s","findingId":"%s"}
                """.formatted(leadUsername, due, strength, findingId);
    }

    /** Adds an action led by one of the demo people, due in two weeks; answers its id. */
    protected String addAction(SignedOffReview review, String lead, String strength) {
        var added = as("manager.oak").post("/api/v1/reviews/{id}/actions",
                action(review.findingId(), provider.username(lead), today().plusWeeks(2), strength), review.reviewId());
        assertThat(added).hasStatus(HttpStatus.CREATED);
        return read(added, "$.id");
    }

    protected MvcTestResult complete(String as, String actionId) {
        return as(as).post("/api/v1/actions/{id}/completion", """
                {"evidence":"Frame-within-reach added to the handover checklist; seen in place on three shifts."}
                """, actionId);
    }

    protected MvcTestResult verify(String as, String actionId) {
        return as(as).post("/api/v1/actions/{id}/verification", "", actionId);
    }

    /** An action led by {@code carer.oak}, completed by them and verified by the Oak House manager. */
    protected String verifiedAction(SignedOffReview review) {
        String actionId = addAction(review, "carer.oak", "INTERMEDIATE");
        assertThat(complete("carer.oak", actionId)).hasStatusOk();
        assertThat(verify("manager.oak", actionId)).hasStatusOk();
        return actionId;
    }

    /** Polls the checks of an action until one matches, or fails after a few seconds (the listener is asynchronous). */
    protected MvcTestResult awaitChecks(String actionId, Predicate<MvcTestResult> until) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            var checks = as("manager.oak").get("/api/v1/checks?actionId={id}", actionId);
            assertThat(checks).hasStatusOk();
            if (until.test(checks)) {
                return checks;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for the checks of action " + actionId + ": "
                        + checks.getResponse().getContentAsByteArray().length + " bytes, last "
                        + new String(checks.getResponse().getContentAsByteArray()));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    protected static Predicate<MvcTestResult> total(int n) {
        return r -> Integer.parseInt(read(r, "$.total")) >= n;
    }
}
