package org.learnloop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.learnloop.browser.pages.ReviewPage;
import org.learnloop.browser.pages.SignInPage;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventReporting;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.reporting.ReportEvent;
import org.learnloop.review.LearningResponse;
import org.learnloop.review.OpenReview;
import org.learnloop.review.Reviews;
import org.learnloop.support.TestProvider;
import org.learnloop.triage.TriageEvent;
import org.learnloop.triage.Triages;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager writing up a learning review and signing it off, with and without JavaScript. */
class ReviewBrowserIT extends BrowserTest {

    @Autowired
    private EventReporting reporting;

    @Autowired
    private Triages triages;

    @Autowired
    private Reviews reviews;

    @Autowired
    private Clock clock;

    @Test
    void signingOffAnEmptyReviewSaysWhatIsMissingByEachPart() {
        Page page = open(Screen.DESKTOP);
        ReviewPage review = draftReview(page);

        review.signOffExpectingErrors();
        check(page, "errors");

        assertThat(review.errorSummaryTargets()).as("the parts the error summary points to")
                .containsExactlyInAnyOrder("#summary", "#contributoryFactors", "#findings");
        assertThat(review.fieldsInError()).as("the parts with a message by them")
                .containsExactlyInAnyOrder("summary", "contributoryFactors", "findings");
        assertThat(review.status()).as("the review after a refused sign-off").isEqualTo("Draft");
    }

    @Test
    void whatWasTypedIsKeptWhenTheSignOffIsRefusedWithoutJavaScript() {
        Page page = openWithoutJavaScript(Screen.DESKTOP);
        ReviewPage review = draftReview(page);

        review.whatHappened("The bed rails were down after the evening wash.").signOffExpectingErrors();
        check(page, "errors");

        assertThat(review.whatHappened()).as("what was typed before the refused sign-off")
                .isEqualTo("The bed rails were down after the evening wash.");
        assertThat(review.errorSummaryTargets()).as("what is still missing")
                .containsExactlyInAnyOrder("#contributoryFactors", "#findings");
    }

    private ReviewPage draftReview(Page page) {
        var carer = provider.actor("carer.oak");
        var manager = provider.actor("manager.oak");
        UUID event = reporting.report(carer, new ReportEvent(EventType.INCIDENT, provider.oak(),
                clock.instant().minus(Duration.ofHours(3)), Category.FALL, "Found beside the bed",
                "Found on the floor beside the bed at 22:10.", null, PhysicalHarm.LOW, PsychologicalHarm.NONE, false)).id();
        triages.triage(manager, event, new TriageEvent(PhysicalHarm.LOW, PsychologicalHarm.NONE, 2, 3,
                LearningResponse.AFTER_ACTION_REVIEW, "Second fall this month"));
        UUID review = reviews.open(manager, new OpenReview(List.of(event), LearningResponse.AFTER_ACTION_REVIEW,
                manager.username())).id();
        SignInPage.open(page).signInAsManager(username("manager.oak"), TestProvider.PASSWORD);
        page.navigate("/reviews/" + review);
        return new ReviewPage(page);
    }
}
