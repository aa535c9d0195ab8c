package org.learnloop.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnloop.people.Actor;
import org.learnloop.people.Enrolment;
import org.learnloop.people.People;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventReporting;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.reporting.ReportEvent;
import org.learnloop.review.LearningResponse;
import org.learnloop.shared.UkTime;
import org.learnloop.support.TestProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

@SpringBootTest
@AutoConfigureMockMvc
class TriagePagesTests {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private Enrolment enrolment;

    @Autowired
    private People people;

    @Autowired
    private UserDetailsService accounts;

    @Autowired
    private EventReporting reporting;

    @Autowired
    private Triages triages;

    @Autowired
    private Duties duties;

    @Autowired
    private ITemplateEngine templates;

    private TestProvider provider;

    @BeforeEach
    void createProvider() {
        provider = TestProvider.create(enrolment, people);
    }

    private UUID fallAtOak(PhysicalHarm harm) {
        return reporting.report(provider.actor("carer.oak"), new ReportEvent(EventType.INCIDENT, provider.oak(),
                Instant.now().minus(3, ChronoUnit.HOURS), Category.FALL, "Found on bedroom floor",
                "Found on the floor beside the bed at 03:10.", "Checked for injury, called the GP", harm,
                PsychologicalHarm.NONE, false)).id();
    }

    private UUID severeFallTriaged() {
        UUID event = fallAtOak(PhysicalHarm.LOW);
        triages.triage(provider.actor("manager.oak"), event, new TriageEvent(PhysicalHarm.SEVERE, PsychologicalHarm.LOW,
                4, 3, LearningResponse.ROOT_CAUSE_ANALYSIS, "A fracture: we need to understand the causes."));
        return event;
    }

    private DutyView dutyOf(UUID event, DutyKind kind) {
        return duties.forEvent(provider.actor("manager.oak"), event).stream().filter(d -> d.kind() == kind)
                .findFirst().orElseThrow();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String who) {
        return user(accounts.loadUserByUsername(provider.username(who)));
    }

    private static String html(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void triageFormStartsFromTheReportersGradeOfHarm() {
        UUID event = fallAtOak(PhysicalHarm.MODERATE);

        MvcTestResult result = mvc.get().uri("/events/{id}/triage", event).with(as("manager.oak")).exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(html(result)).as("reporter's grade checked")
                .containsPattern("value=\"MODERATE\"[^>]*checked|checked[^>]*value=\"MODERATE\"")
                .contains("Consequence: how bad would it be if it happened again?")
                .contains("SWARM huddle").contains("With the staff involved, within 48 hours");
    }

    @Test
    void emptyTriageFormIsShownAgainWithEveryErrorAndSavesNothing() {
        UUID event = fallAtOak(PhysicalHarm.LOW);

        MvcTestResult result = mvc.post().uri("/events/{id}/triage", event).with(as("manager.oak")).with(csrf())
                .exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(html(result)).contains("govuk-error-summary").contains("Select the physical harm, or none")
                .contains("Select the consequence").contains("Select the likelihood").contains("Select a learning response")
                .contains("Enter why this learning response is proportionate");
        assertThat(triages.find(provider.actor("manager.oak"), event)).as("saved triage").isEmpty();
    }

    @Test
    void unreadableValuesAreShownAsErrorsNotAFailure() {
        UUID event = fallAtOak(PhysicalHarm.LOW);

        MvcTestResult result = mvc.post().uri("/events/{id}/triage", event).with(as("manager.oak")).with(csrf())
                .param("physicalHarm", "BRUISED").param("consequence", "lots").param("likelihood", "9")
                .param("response", "LOCAL_REVIEW").param("responseReason", "Known issue").exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(html(result)).contains("govuk-error-summary").contains("Select the psychological harm, or none")
                .contains("Likelihood must be from 1 (rare) to 5 (almost certain)");
        assertThat(triages.find(provider.actor("manager.oak"), event)).as("saved triage").isEmpty();
    }

    @Test
    void savedTriageReturnsToTheEventWithANotice() {
        UUID event = fallAtOak(PhysicalHarm.LOW);

        MvcTestResult result = mvc.post().uri("/events/{id}/triage", event).with(as("manager.oak")).with(csrf())
                .param("physicalHarm", "LOW").param("psychologicalHarm", "NONE").param("consequence", "2")
                .param("likelihood", "3").param("response", "LOCAL_REVIEW")
                .param("responseReason", "Known risk with a plan in place").exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/events/" + event);
        assertThat(result).flash().containsEntry("notice", "triage.saved");
        assertThat(triages.find(provider.actor("manager.oak"), event)).get().extracting(TriageView::score).isEqualTo(6);
    }

    @Test
    void revisionFromAFormOpenedBeforeSomeoneElsesIsRefusedShowingTheirsAndKeepingTheAnswers() {
        UUID event = severeFallTriaged();
        String opened = revisesIn(html(mvc.get().uri("/events/{id}/triage", event).with(as("quality")).exchange()));
        triages.triage(provider.actor("manager.oak"), event, new TriageEvent(PhysicalHarm.SEVERE, PsychologicalHarm.LOW,
                5, 3, LearningResponse.FULL_INVESTIGATION, "A second fracture this month."));

        MvcTestResult stale = mvc.post().uri("/events/{id}/triage", event).with(as("quality")).with(csrf())
                .param("physicalHarm", "MODERATE").param("psychologicalHarm", "NONE").param("consequence", "3")
                .param("likelihood", "2").param("response", "LOCAL_REVIEW")
                .param("responseReason", "The fracture was an old one.").param("revises", opened).exchange();

        assertThat(stale).as("refused, nothing saved").hasStatus(HttpStatus.CONFLICT);
        String page = html(stale);
        assertThat(page).contains("href=\"#triage-now\">" + provider.actor("manager.oak").displayName()
                        + " saved a triage of this event at")
                .contains("The triage saved now", "15, Extreme (consequence 5, likelihood 3)", "A second fracture this month.")
                .as("the quality lead's answers are kept").contains(">The fracture was an old one.</textarea>");
        assertThat(triages.find(provider.actor("manager.oak"), event)).get().extracting(TriageView::response)
                .isEqualTo(LearningResponse.FULL_INVESTIGATION);
        String current = revisesIn(page);
        assertThat(current).as("the form now revises the triage saved now").isNotEqualTo(opened);

        MvcTestResult again = mvc.post().uri("/events/{id}/triage", event).with(as("quality")).with(csrf())
                .param("physicalHarm", "MODERATE").param("psychologicalHarm", "NONE").param("consequence", "3")
                .param("likelihood", "2").param("response", "LOCAL_REVIEW")
                .param("responseReason", "The fracture was an old one.").param("revises", current).exchange();

        assertThat(again).hasStatus(HttpStatus.FOUND);
        assertThat(triages.find(provider.actor("manager.oak"), event)).get().extracting(TriageView::response)
                .isEqualTo(LearningResponse.LOCAL_REVIEW);
    }

    private static String revisesIn(String html) {
        var matcher = java.util.regex.Pattern.compile("name=\"revises\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("the form says which triage it revises").isTrue();
        return matcher.group(1);
    }

    @Test
    void careWorkerCannotOpenTheTriageForm() {
        UUID event = fallAtOak(PhysicalHarm.LOW);

        assertThat(mvc.get().uri("/events/{id}/triage", event).with(as("carer.oak"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/events/{id}/triage", event).with(as("manager.riverside")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void completionPageShowsWhatTheRegulatorsFormAsks() {
        UUID event = severeFallTriaged();
        DutyView duty = dutyOf(event, DutyKind.CQC_INCIDENT);

        MvcTestResult result = mvc.get().uri("/duties/{id}/completion", duty.id()).with(as("manager.oak")).exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(html(result)).contains("Oak House").contains("OAK-").contains("Checked for injury, called the GP")
                .contains("Found on the floor beside the bed").contains("Physical: Severe. Psychological: Low.")
                .contains("CQC notification of an incident");
    }

    @Test
    void completionWithoutAMethodIsShownAgainAndWithOneReturnsToTheEvent() {
        UUID event = severeFallTriaged();
        DutyView duty = dutyOf(event, DutyKind.CQC_INCIDENT);
        LocalDate today = UkTime.londonDate(Instant.now());
        String now = Instant.now().atZone(UkTime.LONDON).toLocalTime().withSecond(0).withNano(0).toString();

        MvcTestResult missing = mvc.post().uri("/duties/{id}/completion", duty.id()).with(as("manager.oak")).with(csrf())
                .param("completedDate", "not a date").param("completedTime", now).exchange();
        MvcTestResult done = mvc.post().uri("/duties/{id}/completion", duty.id()).with(as("manager.oak")).with(csrf())
                .param("completedDate", today.toString()).param("completedTime", now)
                .param("method", "CQC online portal").param("reference", "CQC-INC-42").exchange();

        assertThat(missing).hasStatus(HttpStatus.OK);
        assertThat(html(missing)).contains("govuk-error-summary").contains("Enter a real date")
                .contains("Enter how it was done");
        assertThat(done).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/events/" + event);
        assertThat(dutyOf(event, DutyKind.CQC_INCIDENT)).extracting(DutyView::status, DutyView::method, DutyView::reference)
                .containsExactly(DutyStatus.DONE, "CQC online portal", "CQC-INC-42");
        assertThat(mvc.get().uri("/duties/{id}/completion", duty.id()).with(as("manager.oak")))
                .as("a duty already done").hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void dismissalNeedsAReason() {
        UUID event = severeFallTriaged();
        DutyView duty = dutyOf(event, DutyKind.RIDDOR);

        MvcTestResult form = mvc.get().uri("/duties/{id}/dismissal", duty.id()).with(as("manager.oak")).exchange();
        MvcTestResult empty = mvc.post().uri("/duties/{id}/dismissal", duty.id()).with(as("manager.oak")).with(csrf())
                .param("reason", " ").exchange();
        MvcTestResult dismissed = mvc.post().uri("/duties/{id}/dismissal", duty.id()).with(as("manager.oak"))
                .with(csrf()).param("reason", "Not from work activity").exchange();

        assertThat(form).hasStatus(HttpStatus.OK);
        assertThat(html(form)).contains("Dismiss: RIDDOR report");
        assertThat(empty).hasStatus(HttpStatus.OK);
        assertThat(html(empty)).contains("govuk-error-summary").contains("Enter why this duty does not apply");
        assertThat(dismissed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/events/" + event);
        assertThat(dismissed).flash().containsEntry("notice", "duty.dismissed");
    }

    @Test
    void fragmentsShowTheTriageAndTheDutiesWithTheirStatus() {
        UUID event = severeFallTriaged();
        Actor manager = provider.actor("manager.oak");
        DutyView riddor = dutyOf(event, DutyKind.RIDDOR);
        duties.dismiss(manager, riddor.id(), "Not from work activity");
        TriageView triage = triages.find(manager, event).orElseThrow();
        List<DutyView> list = duties.forEvent(manager, event);

        String triageHtml = render("triage", Map.of("triage", triage, "eventId", event, "canTriage", true));
        String dutiesHtml = render("duties", Map.of("duties", list, "canAct", true));
        String untriaged = render("triage", Map.of("eventId", event, "canTriage", true));

        assertThat(triageHtml).contains("12: High").contains("Root cause analysis").contains("Revise the triage")
                .contains("/events/" + event + "/triage");
        assertThat(dutiesHtml).contains("CQC notification of an incident").contains("Duty of candour")
                .contains("govuk-tag--grey").contains("Dismissed: Not from work activity")
                .contains("/duties/" + dutyOf(event, DutyKind.CQC_INCIDENT).id() + "/completion")
                .doesNotContain("/duties/" + riddor.id() + "/completion").contains("scope=\"col\"");
        assertThat(untriaged).contains("This event has not been triaged yet.").contains("Triage this event");
    }

    private String render(String fragment, Map<String, Object> variables) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new MockHttpServletResponse());
        var context = new WebContext(exchange, Locale.UK, new java.util.HashMap<>(variables));
        if (!variables.containsKey("triage") && "triage".equals(fragment)) {
            context.setVariable("triage", null);
        }
        return templates.process(new TemplateSpec("triage/fragments", Set.of(fragment), TemplateMode.HTML, null), context);
    }
}
