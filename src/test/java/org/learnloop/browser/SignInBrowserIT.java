package org.learnloop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;

import org.assertj.core.data.Offset;
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
        assertThat(signIn.usernameError()).as("the message by the username").isEqualTo("The username or password is not right");
        assertThat(signIn.usernameMarkedInError()).as("the username field marked in error").isTrue();
        assertThat(signIn.username()).as("the username typed, kept").isEqualTo(username("carer.oak"));
    }

    @Test
    void afterAFailedSignInTheKeptUsernameNeedsOnlyTheRightPassword() {
        Page page = open(Screen.DESKTOP);
        SignInPage signIn = SignInPage.open(page).signInExpectingFailure(username("manager.oak"), "not-the-password");
        check(page, "failed");

        signIn.signInAsManager(null, TestProvider.PASSWORD);
        check(page, "signed-in");

        assertThat(page.url()).as("where the manager lands").endsWith("/attention");
    }

    @Test
    void signOutLinesUpWithTheMenuOnADesk() {
        Page page = open(Screen.DESKTOP);
        SignInPage.open(page).signInAsCareWorker(username("carer.oak"), TestProvider.PASSWORD);

        var account = page.locator("#navigation a[href$='/account']").boundingBox();
        var signOut = page.locator("form[action$='/logout'] button[type=submit]").boundingBox();

        assertThat(signOut.y + signOut.height / 2).as("the middle of the sign-out button against the middle of the menu link beside it")
                .isCloseTo(account.y + account.height / 2, Offset.offset(2.0));
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
