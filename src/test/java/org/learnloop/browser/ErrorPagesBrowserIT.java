package org.learnloop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.learnloop.browser.pages.ErrorPage;
import org.learnloop.browser.pages.SignInPage;
import org.learnloop.reporting.Category;
import org.learnloop.reporting.EventReporting;
import org.learnloop.reporting.EventType;
import org.learnloop.reporting.PhysicalHarm;
import org.learnloop.reporting.PsychologicalHarm;
import org.learnloop.reporting.ReportEvent;
import org.learnloop.support.TestProvider;
import org.springframework.beans.factory.annotation.Autowired;

/** What a person sees when a page is not there or not for them: a plain page, never a stack trace. */
class ErrorPagesBrowserIT extends BrowserTest {

    @Autowired
    private EventReporting reporting;

    @Autowired
    private Clock clock;

    @Test
    void eventOfAnotherServiceIsNotFound() {
        UUID oakEvent = reporting.report(provider.actor("carer.oak"), new ReportEvent(EventType.INCIDENT, provider.oak(),
                clock.instant().minus(Duration.ofHours(2)), Category.FALL, "Found on bedroom floor",
                "Found on the floor beside the bed.", null, PhysicalHarm.NONE, PsychologicalHarm.NONE, false)).id();
        Page page = signedInCareWorker("carer.riverside");

        ErrorPage error = ErrorPage.open(page, "/events/" + oakEvent);
        check(page, "404");

        assertThat(error.status()).as("the status of another service's event").isEqualTo(404);
        assertThat(error.heading()).isEqualTo("Page not found");
        assertThat(error.offersWayHome()).as("a link home").isTrue();
        assertThat(error.showsMenu()).as("the menu and sign-out on the error page").isTrue();
        assertThat(error.showsInternals()).as("internals shown").isFalse();
    }

    @Test
    void unknownEventIsNotFound() {
        Page page = signedInCareWorker("carer.oak");

        ErrorPage error = ErrorPage.open(page, "/events/" + UUID.randomUUID());

        assertThat(error.status()).isEqualTo(404);
        assertThat(error.heading()).isEqualTo("Page not found");
        assertThat(error.showsMenu()).as("the menu and sign-out on the error page").isTrue();
    }

    @Test
    void malformedEventIdIsNotFound() {
        Page page = signedInCareWorker("carer.oak");

        ErrorPage error = ErrorPage.open(page, "/events/not-an-id");
        check(page, "404");

        assertThat(error.status()).isEqualTo(404);
        assertThat(error.showsMenu()).as("the menu and sign-out on the error page").isTrue();
        assertThat(error.showsInternals()).as("internals shown").isFalse();
    }

    @Test
    void unknownAddressIsNotFound() {
        Page page = signedInCareWorker("carer.oak");

        ErrorPage error = ErrorPage.open(page, "/no-such-page");
        check(page, "404");

        assertThat(error.status()).isEqualTo(404);
        assertThat(error.heading()).isEqualTo("Page not found");
        assertThat(error.showsMenu()).as("the menu and sign-out on the error page").isTrue();
        assertThat(error.showsInternals()).as("internals shown").isFalse();
    }

    @Test
    void pageTheRoleMayNotSeeIsForbidden() {
        Page page = signedInCareWorker("carer.oak");

        ErrorPage error = ErrorPage.open(page, "/admin/audit-trail");
        check(page, "403");

        assertThat(error.status()).isEqualTo(403);
        assertThat(error.heading()).isEqualTo("You cannot do this");
        assertThat(error.showsMenu()).as("the menu and sign-out on the error page").isTrue();
        assertThat(error.showsInternals()).as("internals shown").isFalse();
    }

    private Page signedInCareWorker(String demoName) {
        Page page = open(Screen.DESKTOP);
        SignInPage.open(page).signInAsCareWorker(username(demoName), TestProvider.PASSWORD);
        return page;
    }
}
