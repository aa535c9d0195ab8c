package org.learnloop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.learnloop.browser.pages.MyReportsPage;
import org.learnloop.browser.pages.ReportFormPage;
import org.learnloop.browser.pages.SignInPage;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.shared.UkTime;
import org.learnloop.support.TestProvider;
import org.springframework.beans.factory.annotation.Autowired;

/** A care worker reports what happened, on a phone, with or without JavaScript. */
class ReportingBrowserIT extends BrowserTest {

    private static final String SUMMARY = "Found on bedroom floor, no injury seen";

    @Autowired
    private Clock clock;

    @Test
    void careWorkerReportsAFallOnAPhoneAndFindsItOnMyReports() {
        Page page = open(Screen.PHONE);

        SignInPage signIn = SignInPage.open(page);
        check(page, "sign-in");
        assertFitsTheScreen(page);
        MyReportsPage myReports = signIn.signInAsCareWorker(username("carer.oak"), TestProvider.PASSWORD);
        check(page, "my-reports-empty");
        assertFitsTheScreen(page);
        ReportFormPage form = myReports.reportSomething();
        check(page, "report-form");
        assertFitsTheScreen(page);

        var reported = fillInAFall(form).send();
        check(page, "reported");
        assertFitsTheScreen(page);
        String reference = reported.reference();
        assertThat(reference).as("the reference told to the reporter")
                .matches("OAK-" + LocalDate.now(clock.withZone(UkTime.LONDON)).getYear() + "-\\d{4}");
        assertThat(reported.showsFollowUpCode()).as("a follow-up code for a named report").isFalse();

        myReports = reported.seeMyReports();
        check(page, "my-reports");
        assertFitsTheScreen(page);
        assertThat(myReports.references()).as("My reports").containsExactly(reference);
        assertThat(myReports.stageOf(reference)).as("the stage of a new report").isEqualTo("Reported");

        var event = myReports.openReport(reference);
        check(page, "event");
        assertFitsTheScreen(page);
        assertThat(event.heading()).as("the event's heading").isEqualTo(reference + ": " + SUMMARY);
        assertThat(event.service()).as("the event's service").isEqualTo("Oak House");
        assertThat(event.value("What it was about")).as("the category").isEqualTo("Fall");
    }

    @Test
    void emptyReportShowsTheErrorSummaryAndLeadsToEachField() {
        Page page = open(Screen.PHONE);
        SignInPage.open(page).signInAsCareWorker(username("carer.oak"), TestProvider.PASSWORD);

        ReportFormPage form = ReportFormPage.open(page).clearDate().sendExpectingErrors();
        check(page, "errors");
        assertFitsTheScreen(page);

        assertThat(form.errorSummaryTargets()).as("the fields the error summary points to")
                .contains("#type", "#occurredDate", "#category", "#summary", "#description", "#physicalHarm",
                        "#psychologicalHarm");
        assertThat(form.fieldsInError()).as("fields with their own error message")
                .contains("type", "occurredDate", "category", "summary", "description", "physicalHarm", "psychologicalHarm");
        assertThat(form.errorSummary()).as("the messages, in plain English").allSatisfy(message ->
                assertThat(message).isNotBlank().doesNotContain("Exception", "null", "{"));
        assertThat(form.errorSummaryHasFocus()).as("the error summary has the focus, to be read out first").isTrue();
        assertThat(form.followErrorLink(form.errorSummaryTargets().indexOf("#summary")))
                .as("the field focused by the summary's link").isEqualTo("summary");
    }

    @Test
    void reportFormWorksWithoutJavaScript() {
        Page page = openWithoutJavaScript(Screen.PHONE);
        SignInPage.open(page).signInAsCareWorker(username("carer.oak"), TestProvider.PASSWORD);

        ReportFormPage form = ReportFormPage.open(page).summary(SUMMARY).sendExpectingErrors();
        check(page, "errors");
        assertThat(form.errorSummaryTargets()).as("what is still missing").contains("#type", "#description")
                .doesNotContain("#summary");
        assertThat(form.summary()).as("what was typed is kept").isEqualTo(SUMMARY);

        var reported = fillInAFall(form).send();
        check(page, "reported");
        String reference = reported.reference();
        assertThat(reported.seeMyReports().references()).as("My reports").containsExactly(reference);
    }

    @Test
    void anonymousReportGivesAPrivateFollowUpCode() {
        Page page = open(Screen.PHONE);
        SignInPage.open(page).signInAsCareWorker(username("carer.oak"), TestProvider.PASSWORD);

        var reported = fillInAFall(ReportFormPage.open(page)).anonymously().send();
        check(page, "reported");

        assertThat(reported.showsFollowUpCode()).as("the follow-up code of an anonymous report").isTrue();
    }

    @Test
    void draftIsKeptInTheBrowserUntilTheReportIsSent() {
        Page page = open(Screen.PHONE);
        SignInPage.open(page).signInAsCareWorker(username("carer.oak"), TestProvider.PASSWORD);
        ReportFormPage.open(page).summary(SUMMARY);

        ReportFormPage again = ReportFormPage.open(page);
        check(page, "draft-restored");
        assertThat(again.showsDraftRestored()).as("the notice that the draft came back").isTrue();
        assertThat(again.summary()).as("the summary typed before").isEqualTo(SUMMARY);

        fillInAFall(again).send();
        ReportFormPage afterSending = ReportFormPage.open(page);
        assertThat(afterSending.showsDraftRestored()).as("a draft after the report was sent").isFalse();
        assertThat(afterSending.summary()).as("the summary after the report was sent").isEmpty();
    }

    private static ReportFormPage fillInAFall(ReportFormPage form) {
        return form.type(EventType.INCIDENT)
                .category(Category.FALL)
                .summary(SUMMARY)
                .description("Mrs B (room 12) was found on the floor beside her bed at 03:10. She said she was going to the toilet.")
                .immediateActions("Checked for injury, used the hoist to get her back to bed, informed the nurse on call.")
                .physicalHarm(PhysicalHarm.LOW)
                .psychologicalHarm(PsychologicalHarm.NONE);
    }
}
