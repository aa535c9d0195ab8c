package org.learnloop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.learnloop.browser.pages.MyReportsPage;
import org.learnloop.browser.pages.SignInPage;
import org.learnloop.support.TestProvider;

/** Signing in and out, on a phone and at a desk. */
class SignInBrowserIT extends BrowserTest {

    @Test
    void wrongPasswordShowsTheErrorSummary() {
        Page page = open(Screen.PHONE);

        SignInPage signIn = SignInPage.open(page).signInExpectingFailure(username("carer.oak"), "not-the-password");
        check(page, "failed");
        assertFitsTheScreen(page);

        assertThat(signIn.errorSummary()).as("the error summary").containsExactly("The username or password is not right");
    }

    @Test
    void signingOutReturnsToTheSignInPage() {
        Page page = open(Screen.DESKTOP);

        SignInPage signIn = SignInPage.open(page).signInAsCareWorker(username("carer.oak"), TestProvider.PASSWORD).signOut();
        check(page, "signed-out");

        assertThat(signIn.saysSignedOut()).as("the signed-out notice").isTrue();
    }

    @Test
    void careWorkerSignsOutThroughThePhoneMenu() {
        Page page = open(Screen.PHONE);
        MyReportsPage myReports = SignInPage.open(page).signInAsCareWorker(username("carer.oak"), TestProvider.PASSWORD);

        assertThat(myReports.openMenu()).as("the menu folded away on a phone").isTrue();
        check(page, "menu-open");
        assertFitsTheScreen(page);

        assertThat(myReports.signOut().saysSignedOut()).as("the signed-out notice").isTrue();
    }

    @Test
    void pagesAskForSignInFirst() {
        Page page = open(Screen.DESKTOP);

        page.navigate("/my-reports");

        assertThat(page.url()).as("where a visitor who has not signed in ends up").endsWith("/login");
    }
}
