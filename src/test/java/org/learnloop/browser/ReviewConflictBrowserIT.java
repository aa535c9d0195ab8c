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
import org.learnloop.review.ContributoryFactor;
import org.learnloop.review.LearningResponse;
import org.learnloop.review.OpenReview;
import org.learnloop.review.Reviews;
import org.learnloop.support.TestProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two managers with the same review open in their own browsers: the registered manager saves
 * first; the quality lead, on a phone without JavaScript, saves second and is told who changed it,
 * shown what changed beside their own words, and saves again once they have merged the two.
 */
class ReviewConflictBrowserIT extends BrowserTest {

    @Autowired
    private EventReporting reporting;

    @Autowired
    private Reviews reviews;

    @Autowired
    private Clock clock;

    @Test
    void secondManagerIsShownWhatChangedAndMergesRatherThanOverwrites() {
        UUID review = draftReview();
        Page first = open(Screen.DESKTOP);
        Page second = openWithoutJavaScript(Screen.PHONE);
        ReviewPage manager = openReview(first, "manager.oak", review);
        ReviewPage quality = openReview(second, "quality", review);

        manager.whatHappened("Found beside the bed; the call bell was out of reach.")
                .factor(ContributoryFactor.EQUIPMENT_RESOURCES)
                .finding("The call bell was clipped to the wrong side of the bed.")
                .save();

        quality.whatHappened("Found beside the bed after a night of broken sleep.")
                .factor(ContributoryFactor.PERSON)
                .finding("Night checks were two hours apart.")
                .saveExpectingChangedMeanwhile();
        check(second, "changed-meanwhile");

        String managerName = provider.actor("manager.oak").displayName();
        assertThat(quality.errorSummary()).as("the error summary").singleElement().asString()
                .matches(managerName + " changed this review at \\d\\d:\\d\\d while you were editing");
        assertThat(quality.changeColumns()).as("the columns of what changed")
                .containsExactly("Change", "Saved by " + managerName, "Yours");
        assertThat(quality.changes()).as("what changed, beside what the quality lead wrote").containsExactly(
                "What happened was changed | Found beside the bed; the call bell was out of reach."
                        + " | Found beside the bed after a night of broken sleep.",
                "Contributory factor added: Equipment and resources factors | Ticked | Not ticked",
                "Finding added | The call bell was clipped to the wrong side of the bed. | Not among your findings");
        assertThat(quality.whatHappened()).as("the quality lead's words, kept in the form")
                .isEqualTo("Found beside the bed after a night of broken sleep.");
        assertThat(quality.findingBoxes()).containsExactly("Night checks were two hours apart.");
        assertThat(quality.ticked(ContributoryFactor.PERSON)).isTrue();
        first.reload();
        assertThat(new ReviewPage(first).whatHappened())
                .as("nothing of the manager's was overwritten")
                .isEqualTo("Found beside the bed; the call bell was out of reach.");

        ReviewPage merged = quality.whatHappened("Found beside the bed after a night of broken sleep; the call bell was out of reach.")
                .factor(ContributoryFactor.EQUIPMENT_RESOURCES)
                .finding("The call bell was clipped to the wrong side of the bed.")
                .save();
        check(second, "merged");

        assertThat(merged.errorSummary()).as("the second save goes through").isEmpty();
        assertThat(merged.whatHappened())
                .isEqualTo("Found beside the bed after a night of broken sleep; the call bell was out of reach.");
        assertThat(merged.findingBoxes()).containsExactlyInAnyOrder("Night checks were two hours apart.",
                "The call bell was clipped to the wrong side of the bed.");
    }

    private UUID draftReview() {
        var carer = provider.actor("carer.oak");
        var manager = provider.actor("manager.oak");
        UUID event = reporting.report(carer, new ReportEvent(EventType.INCIDENT, provider.oak(),
                clock.instant().minus(Duration.ofHours(3)), Category.FALL, "Found beside the bed",
                "Found on the floor beside the bed at 22:10.", null, PhysicalHarm.LOW, PsychologicalHarm.NONE, false)).id();
        return reviews.open(manager, new OpenReview(List.of(event), LearningResponse.AFTER_ACTION_REVIEW,
                manager.username())).id();
    }

    private ReviewPage openReview(Page page, String who, UUID review) {
        SignInPage.open(page).signInAsManager(username(who), TestProvider.PASSWORD);
        page.navigate("/reviews/" + review);
        return new ReviewPage(page);
    }
}
