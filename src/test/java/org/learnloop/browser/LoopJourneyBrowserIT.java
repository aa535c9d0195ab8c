package org.learnloop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.learnloop.actions.ActionStrength;
import org.learnloop.assurance.Verdict;
import org.learnloop.browser.pages.ActionPage;
import org.learnloop.browser.pages.ActionsPage;
import org.learnloop.browser.pages.AttentionPage;
import org.learnloop.browser.pages.ChecksPage;
import org.learnloop.browser.pages.EventPage;
import org.learnloop.browser.pages.EvidencePage;
import org.learnloop.browser.pages.LessonPage;
import org.learnloop.browser.pages.LessonsPage;
import org.learnloop.browser.pages.Menu;
import org.learnloop.browser.pages.MyReportsPage;
import org.learnloop.browser.pages.ReportFormPage;
import org.learnloop.browser.pages.ReviewPage;
import org.learnloop.browser.pages.SignInPage;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.review.ContributoryFactor;
import org.learnloop.review.LearningResponse;
import org.learnloop.shared.UkTime;
import org.learnloop.support.TestProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole risk-to-learning loop as the people in a care home live it, through the pages only:
 * a care worker reports a fall on her phone mid-shift; the registered manager triages it at her
 * desk, records the Duty of Candour, reviews it and plans a change; the care worker makes the
 * change and the manager verifies it and later checks that it stuck; the lesson goes to the staff,
 * who read it; and the quality lead finds the closed loop in the evidence. Every page on the way is
 * scanned for accessibility and kept as a screenshot.
 */
class LoopJourneyBrowserIT extends BrowserTest {

    private static final String SUMMARY = "Fall on the stairs, wrist painful";
    private static final String FINDING = "The stair gate latch does not close by itself.";
    private static final String ACTION = "Fit a self-closing latch to the stair gate";
    private static final String EVIDENCE = "Latch fitted by maintenance, tested ten times";
    private static final String LESSON = "A stair gate that closes itself";
    private static final String UK_DATE_TIME = "\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}";
    private static final Duration CHECK_PATIENCE = Duration.ofSeconds(15);

    @Autowired
    private Clock clock;

    @Test
    void aFallGoesRoundTheWholeLoopThroughThePages() {
        LocalDate today = UkTime.londonDate(clock.instant());

        // 1. carer.oak reports a fall on her phone and finds it on My reports
        Page carer = open(Screen.PHONE);
        String reference = reportAFall(carer);

        // 2. manager.oak triages it at her desk and records the Duty of Candour as done
        Page manager = open(Screen.DESKTOP);
        EventPage event = triageAndRecordCandour(manager, reference);

        // 3. a learning review, written up and signed off
        ReviewPage review = reviewAndSignOff(manager, event, true);

        // 4. an action led by carer.oak, done by her on her phone, verified by the manager
        var plan = review.actionPlan();
        check(manager, "16-action-plan");
        plan = plan.finding(1).description(ACTION).lead(username("carer.oak")).due(today.plusDays(14))
                .strength(ActionStrength.STRONGER).add();
        check(manager, "17-action-added");
        assertThat(plan.actions()).as("the action plan").containsExactly(ACTION);

        Menu.of(carer).go("Actions");
        ActionsPage actions = new ActionsPage(carer);
        check(carer, "18-actions");
        assertFitsTheScreen(carer);
        assertThat(actions.mine()).as("the care worker's actions").containsExactly(ACTION);
        ActionPage action = actions.open(ACTION);
        check(carer, "19-action");
        assertFitsTheScreen(carer);
        assertThat(action.canComplete()).as("the lead may record it as done").isTrue();
        action = action.completeWith(EVIDENCE);
        check(carer, "20-action-done");
        assertFitsTheScreen(carer);
        assertThat(action.status()).as("the action once done").isEqualTo("Done, to be verified");
        assertThat(action.canVerify()).as("the lead may not verify her own action").isFalse();

        event = EventPage.open(manager, event.id());
        ActionPage toVerify = event.action(ACTION);
        check(manager, "21-action-to-verify");
        assertThat(toVerify.canVerify()).as("the manager may verify it").isTrue();
        ActionPage verified = toVerify.verify();
        check(manager, "22-action-verified");
        assertThat(verified.status()).as("the action once verified").isEqualTo("Verified");

        // 5. an effectiveness check is scheduled a moment later; the manager finds the change embedded
        Menu.of(manager).go("Actions");
        check(manager, "23-actions-of-the-service");
        ChecksPage checks = ChecksPage.open(manager);
        assertThat(checks.waitForCheckOf(ACTION, CHECK_PATIENCE)).as("the check scheduled after verification").isTrue();
        check(manager, "24-checks");
        var effectivenessCheck = checks.openCheckOf(ACTION);
        check(manager, "25-check");
        effectivenessCheck = effectivenessCheck.record(Verdict.EMBEDDED, "Gate closed on every visit for a month");
        check(manager, "26-check-recorded");
        assertThat(effectivenessCheck.verdict()).as("the verdict").isEqualTo("Embedded");

        event = EventPage.open(manager, event.id());
        check(manager, "27-event-sharing");
        assertThat(event.stage()).as("the stage once the change stuck").isEqualTo("Sharing");
        assertThat(event.checkOf(ACTION)).as("whether the action stuck, on the event").isEqualTo("Embedded");

        // 6. the lesson, written from the review and published to Oak House; carer.oak reads it
        var lessonForm = event.review().writeLesson();
        check(manager, "28-lesson-form");
        assertThat(lessonForm.sharedWith()).as("who the lesson is for, to begin with").containsExactly("Oak House");
        LessonPage lesson = lessonForm.title(LESSON)
                .summary("A fall on the stairs led to a broken wrist. The stair gate now closes itself: "
                        + "check it has clicked shut every time you pass.")
                .save();
        check(manager, "29-lesson-draft");
        assertThat(lesson.status()).as("a lesson just written").startsWith("Draft");
        lesson = lesson.publish();
        check(manager, "30-lesson-published");
        assertThat(lesson.status()).as("a lesson once published").isEqualTo("Shared with staff");

        Menu.of(carer).go("Lessons");
        LessonsPage lessons = new LessonsPage(carer);
        check(carer, "31-lessons");
        assertFitsTheScreen(carer);
        assertThat(lessons.toRead()).as("the lessons the care worker has to read").containsExactly(LESSON);
        LessonPage reading = lessons.open(LESSON);
        check(carer, "32-lesson");
        assertFitsTheScreen(carer);
        reading = reading.acknowledge();
        check(carer, "33-lesson-acknowledged");
        assertFitsTheScreen(carer);
        assertThat(reading.saysAcknowledged()).as("the care worker's acknowledgement").isTrue();

        lesson = LessonPage.open(manager, lesson.id());
        check(manager, "34-lesson-who-has-read-it");
        assertThat(lesson.acknowledgedBy()).as("who has read it").containsExactly(displayName("carer.oak"));
        assertThat(lesson.notYetBy()).as("who has not yet").contains(displayName("carer2.oak"))
                .doesNotContain(displayName("carer.oak"));

        // 7. the loop is closed, for the manager and for the care worker who reported it
        event = EventPage.open(manager, event.id());
        check(manager, "35-event-closed");
        assertThat(event.stage()).as("the stage at the end").isEqualTo("Closed");
        assertThat(event.saysLoopClosed()).as("the event page says the loop is closed").isTrue();

        Menu.of(carer).go("My reports");
        MyReportsPage myReports = new MyReportsPage(carer);
        check(carer, "36-my-reports-closed");
        assertFitsTheScreen(carer);
        assertThat(myReports.stageOf(reference)).as("the reporter sees the loop closed").isEqualTo("Closed");

        // 8. the quality lead finds the closed loop in the evidence for Oak House and downloads it
        Page quality = open(Screen.DESKTOP);
        SignInPage.open(quality).signInAsManager(username("quality"), TestProvider.PASSWORD);
        check(quality, "37-quality-attention");
        Menu.of(quality).go("Evidence");
        EvidencePage evidence = new EvidencePage(quality);
        check(quality, "38-evidence");
        evidence = evidence.show(today.minusDays(7), today, "Oak House");
        check(quality, "39-evidence-oak-last-week");
        assertThat(evidence.count("By type", "Incident")).as("incidents in the week").isEqualTo("1");
        assertThat(evidence.count("By harm", "Moderate")).as("moderate physical harm in the week").isEqualTo("1");
        assertThat(evidence.showsClosedLoop(reference)).as("the closed loop").isTrue();
        assertThat(evidence.chain(reference, "What we found")).as("the finding").contains(FINDING);
        assertThat(evidence.chain(reference, "What we changed")).as("the action").contains(ACTION);
        assertThat(evidence.chain(reference, "How we know it stuck")).as("the verdict").contains("Embedded");
        assertThat(evidence.chain(reference, "Who learned it")).as("the lesson").contains(LESSON);
        assertThat(evidence.downloadJson()).as("the evidence downloaded as JSON").contains(reference, FINDING, ACTION, LESSON);
    }

    @Test
    void managerTriagesAndReviewsWithoutJavaScript() {
        Page carer = open(Screen.PHONE);
        String reference = reportAFall(carer);

        Page manager = openWithoutJavaScript(Screen.DESKTOP);
        EventPage event = triageAndRecordCandour(manager, reference);
        ReviewPage review = reviewAndSignOff(manager, event, false);

        assertThat(review.findings()).as("the findings signed off").containsExactly(FINDING);
        event = EventPage.open(manager, event.id());
        check(manager, "16-event-acting");
        assertThat(event.stage()).as("the stage once the review is signed off").isEqualTo("Acting");
    }

    /** Step 1: carer.oak reports a fall on her phone; answers the reference she is given. */
    private String reportAFall(Page carer) {
        SignInPage signIn = SignInPage.open(carer);
        check(carer, "01-sign-in");
        assertFitsTheScreen(carer);
        MyReportsPage myReports = signIn.signInAsCareWorker(username("carer.oak"), TestProvider.PASSWORD);
        check(carer, "02-my-reports-empty");
        assertFitsTheScreen(carer);
        ReportFormPage form = myReports.reportSomething();
        check(carer, "03-report-form");
        assertFitsTheScreen(carer);

        var reported = form.type(EventType.INCIDENT)
                .occurred(UkTime.londonDate(clock.instant()).minusDays(1), "15:20")
                .category(Category.FALL)
                .summary(SUMMARY)
                .description("Found at the bottom of the stairs near room 9 after the afternoon tea round.")
                .immediateActions("Ambulance called, family informed, stair gate closed.")
                .physicalHarm(PhysicalHarm.MODERATE)
                .psychologicalHarm(PsychologicalHarm.LOW)
                .send();
        check(carer, "04-reported");
        assertFitsTheScreen(carer);
        String reference = reported.reference();
        assertThat(reference).as("the reference told to the reporter")
                .matches("OAK-" + UkTime.londonDate(clock.instant()).getYear() + "-\\d{4}");

        myReports = reported.seeMyReports();
        check(carer, "05-my-reports");
        assertFitsTheScreen(carer);
        assertThat(myReports.references()).as("My reports").containsExactly(reference);
        assertThat(myReports.stageOf(reference)).as("the stage of a new report").isEqualTo("Reported");
        return reference;
    }

    /** Step 2: manager.oak triages the event and records the Duty of Candour as done. */
    private EventPage triageAndRecordCandour(Page manager, String reference) {
        SignInPage signIn = SignInPage.open(manager);
        AttentionPage attention = signIn.signInAsManager(username("manager.oak"), TestProvider.PASSWORD);
        check(manager, "06-attention");
        assertThat(attention.toTriage()).as("events waiting for triage").containsExactly(reference);

        EventPage event = attention.openEvent(reference);
        check(manager, "07-event-reported");
        assertThat(event.stage()).as("the stage before triage").isEqualTo("Reported");
        var triage = event.triage();
        check(manager, "08-triage-form");
        event = triage.physicalHarm(PhysicalHarm.MODERATE)
                .psychologicalHarm(PsychologicalHarm.LOW)
                .consequence(3)
                .likelihood(3)
                .response(LearningResponse.ROOT_CAUSE_ANALYSIS,
                        "A fracture from a fall on the stairs: learn why the gate was open")
                .save();
        check(manager, "09-event-triaged");
        assertThat(event.stage()).as("the stage after triage").isEqualTo("Triaged");
        assertThat(event.hasDuty("Duty of candour")).as("the Duty of Candour, for moderate harm").isTrue();
        assertThat(event.dutyDue("Duty of candour")).as("when the Duty of Candour is due, in UK time")
                .matches(UK_DATE_TIME);
        assertThat(event.dutyStatus("Duty of candour")).as("the Duty of Candour before it is done").isEqualTo("Due");

        var completion = event.recordDutyDone("Duty of candour");
        check(manager, "10-duty-completion");
        event = completion.method("Met the family and wrote to them").reference("DOC-1").recordAsDone();
        check(manager, "11-event-candour-done");
        assertThat(event.dutyStatus("Duty of candour")).as("the Duty of Candour once done").isEqualTo("Done");
        assertThat(event.dutyDetail("Duty of candour")).as("how it was done")
                .contains("Met the family and wrote to them", "DOC-1");
        return event;
    }

    /**
     * Step 3: a root cause analysis opened from the event page, written up and signed off, saved on
     * the way or signed off straight from what was typed.
     */
    private ReviewPage reviewAndSignOff(Page manager, EventPage event, boolean saveFirst) {
        var open = event.openReview();
        check(manager, "12-open-review");
        assertThat(open.chosenType()).as("the response chosen at triage").isEqualTo(LearningResponse.ROOT_CAUSE_ANALYSIS.name());
        assertThat(open.chosenLead()).as("the lead, to begin with").isEqualTo(username("manager.oak"));
        ReviewPage review = open.open();
        check(manager, "13-review-draft");
        assertThat(review.status()).as("a review just opened").isEqualTo("Draft");

        review = review.whatHappened("The stair gate was open; its latch does not close by itself.")
                .factor(ContributoryFactor.EQUIPMENT_RESOURCES)
                .factor(ContributoryFactor.TASK_TECHNOLOGY)
                .finding(FINDING);
        if (saveFirst) {
            review = review.save();
            check(manager, "14-review-saved");
        }
        review = review.signOff();
        check(manager, "15-review-signed-off");
        assertThat(review.status()).as("the review once signed off").isEqualTo("Signed off");
        assertThat(review.findings()).as("the findings signed off").containsExactly(FINDING);
        return review;
    }

    private String displayName(String demoName) {
        return people.actorByUsername(username(demoName)).orElseThrow().displayName();
    }
}
