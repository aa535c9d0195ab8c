package org.learnloop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.learnloop.audittrail.AuditTrail;
import org.learnloop.shared.LearnloopClock;
import org.learnloop.shared.PageOf;
import org.learnloop.support.ApiTest;
import org.learnloop.support.SessionCookies;
import org.learnloop.support.TestProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Two-step verification: set up on My account with a key typed into an authenticator app, then a
 * code after the password at every sign-in on the sign-in page; HTTP Basic refused, personal API
 * tokens still working. Codes are computed here from the secret with {@link Totp}, which
 * {@link TotpTests} checks against the test vectors of RFC 6238.
 */
class TwoStepVerificationTests extends ApiTest {

    @Autowired
    private TwoStepVerification twoStep;

    @Autowired
    private ApiTokens tokens;

    @Autowired
    private AuditTrail trail;

    /** An hour from now, five seconds into a 30-second step, so that each instant below falls in a known step. */
    private final Instant start = Instant.ofEpochSecond((Instant.now().getEpochSecond() + 3_600) / 30 * 30 + 5);
    private final Instant later = start.plusSeconds(60);

    private static <T> T at(Instant instant, Supplier<T> work) {
        return LearnloopClock.at(instant, work);
    }

    private static String code(String secret, Instant at) {
        return Totp.code(secret, Totp.step(at));
    }

    /** Turns two-step verification on for one of the provider's people, at {@link #start}; answers the secret. */
    private String turnOn(String who) {
        Actor actor = provider.actor(who);
        String secret = twoStep.begin(actor).secret();
        at(start, () -> {
            twoStep.turnOn(actor, code(secret, start), TestProvider.PASSWORD);
            return null;
        });
        return secret;
    }

    private MvcTestResult password(MockHttpSession session, String who, Instant when) {
        return at(when, () -> mvc.post().uri("/login").session(session).param("username", provider.username(who))
                .param("password", TestProvider.PASSWORD).with(csrf()).exchange());
    }

    /** The right password of someone with two-step verification: on to the code page. */
    private MockHttpSession passwordStep(String who, Instant when) {
        MockHttpSession session = new MockHttpSession();
        assertThat(password(session, who, when)).as("the password step").hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/login/code");
        return session;
    }

    private MvcTestResult codeStep(MockHttpSession session, String code, Instant when) {
        return at(when, () -> mvc.post().uri("/login/code").session(session).param("code", code).with(csrf()).exchange());
    }

    private MvcTestResult page(MockHttpSession session, String path, Instant when) {
        return at(when, () -> mvc.get().uri(path).session(session).exchange());
    }

    private MvcTestResult basic(String who) {
        return mvc.get().uri("/api/v1/me").accept(MediaType.APPLICATION_JSON)
                .with(httpBasic(provider.username(who), TestProvider.PASSWORD)).exchange();
    }

    private MvcTestResult bearer(String token, String path) {
        return mvc.get().uri(path).header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON).exchange();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> auditOf(UUID personId) {
        return trail.entries(provider.actor("admin"), "CHANGE", new PageOf.Request(0, 100)).items().stream()
                .filter(e -> personId.equals(e.subjectId())).map(AuditTrail.Entry::description).toList();
    }

    // Setting it up

    @Test
    void managerSetsItUpOnMyAccountWithTheKeyAndACode() {
        Actor manager = provider.actor("manager.oak");

        MvcTestResult account = mvc.get().uri("/account").with(signedInAs("manager.oak")).exchange();
        MvcTestResult started = mvc.post().uri("/account/two-step/setup").with(signedInAs("manager.oak")).with(csrf())
                .exchange();
        MvcTestResult setup = mvc.get().uri("/account/two-step").with(signedInAs("manager.oak")).exchange();
        String secret = twoStep.pendingSetup(manager).orElseThrow().secret();
        MvcTestResult wrong = at(start, () -> mvc.post().uri("/account/two-step").with(signedInAs("manager.oak"))
                .with(csrf()).param("code", code(secret, start.plusSeconds(300))).param("currentPassword", "")
                .exchange());
        boolean onAfterWrong = twoStep.isOn(manager);
        MvcTestResult confirmed = at(start, () -> mvc.post().uri("/account/two-step").with(signedInAs("manager.oak"))
                .with(csrf()).param("code", code(secret, start)).param("currentPassword", TestProvider.PASSWORD)
                .exchange());
        MvcTestResult accountAfter = mvc.get().uri("/account").with(signedInAs("manager.oak")).exchange();
        MvcTestResult twoStepAfter = mvc.get().uri("/account/two-step").with(signedInAs("manager.oak")).exchange();

        assertThat(body(account)).contains("Set up two-step verification").contains("action=\"/account/two-step/setup\"");
        assertThat(started).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/account/two-step");
        assertThat(setup).hasStatus(HttpStatus.OK);
        assertThat(body(setup)).contains("Type this key into your authenticator app")
                .contains(Totp.grouped(secret))
                .contains("otpauth://totp/Learnloop:" + provider.username("manager.oak") + "?secret=" + secret
                        + "&amp;issuer=Learnloop")
                .contains("autocomplete=\"one-time-code\"").contains("inputmode=\"numeric\"");
        assertThat(wrong).hasStatus(HttpStatus.OK);
        assertThat(body(wrong)).contains("govuk-error-summary").contains("The code is not right")
                .contains("Enter your current password").contains(Totp.grouped(secret));
        assertThat(onAfterWrong).as("on after a wrong code").isFalse();
        assertThat(confirmed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/account");
        assertThat(confirmed).flash().containsEntry("notice", "twoStep.turnedOn");
        assertThat(twoStep.isOn(manager)).isTrue();
        assertThat(body(accountAfter)).contains("On: signing in asks for a code from your authenticator app.")
                .doesNotContain("Set up two-step verification");
        assertThat(body(twoStepAfter)).as("the key, never shown again").doesNotContain(Totp.grouped(secret))
                .doesNotContain(secret).contains("Turn off two-step verification");
        assertThat(twoStep.pendingSetup(manager)).isEmpty();
    }

    @Test
    void offeredToManagersAndAdministratorsOnly() {
        MvcTestResult carerAccount = mvc.get().uri("/account").with(signedInAs("carer.oak")).exchange();
        MvcTestResult carerSetup = mvc.post().uri("/account/two-step/setup").with(signedInAs("carer.oak")).with(csrf())
                .exchange();
        MvcTestResult carerPage = mvc.get().uri("/account/two-step").with(signedInAs("carer.oak")).exchange();
        MvcTestResult carerApi = as("carer.oak").post("/api/v1/me/two-step/setup", "");
        MvcTestResult leaderApi = as("leader.oak").post("/api/v1/me/two-step/setup", "");
        MvcTestResult adminAccount = mvc.get().uri("/account").with(signedInAs("admin")).exchange();
        MvcTestResult qualityApi = as("quality").get("/api/v1/me/two-step");

        assertThat(body(carerAccount)).doesNotContain("Two-step verification");
        assertThat(carerSetup).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(carerPage).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(carerApi).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(leaderApi).as("a team leader").hasStatus(HttpStatus.FORBIDDEN);
        assertThat(body(adminAccount)).contains("Set up two-step verification");
        assertThat(qualityApi).bodyJson().extractingPath("$.offered").isEqualTo(true);
        assertThat(qualityApi).bodyJson().extractingPath("$.enabled").isEqualTo(false);
    }

    // Signing in

    @Test
    void signInAsksForTheCodeBeforeAnythingElse() {
        String secret = turnOn("manager.oak");
        MockHttpSession session = passwordStep("manager.oak", later);

        MvcTestResult home = page(session, "/", later);
        MvcTestResult account = page(session, "/account", later);
        MvcTestResult events = page(session, "/events", later);
        MvcTestResult api = at(later, () -> mvc.get().uri("/api/v1/me").session(session)
                .accept(MediaType.APPLICATION_JSON).exchange());
        MvcTestResult codePage = page(session, "/login/code", later);
        MvcTestResult signedIn = codeStep(session, code(secret, later), later);
        MvcTestResult accountAfter = page(session, "/account", later);

        assertThat(List.of(home, account, events)).as("pages before the code").allSatisfy(
                r -> assertThat(r).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login/code"));
        assertThat(api).as("the API with the session before the code").hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(codePage).hasStatus(HttpStatus.OK);
        assertThat(body(codePage)).contains("Enter the code from your authenticator app")
                .contains("autocomplete=\"one-time-code\"").doesNotContain("My account")
                .doesNotContain(provider.username("manager.oak"));
        assertThat(signedIn).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
        assertThat(accountAfter).hasStatus(HttpStatus.OK);
        assertThat(body(accountAfter)).contains(provider.username("manager.oak"));
    }

    @Test
    void personWithoutTwoStepIsSignedInByTheirPassword() {
        MockHttpSession session = new MockHttpSession();

        assertThat(password(session, "manager.riverside", later)).hasRedirectedUrl("/");
        assertThat(page(session, "/account", later)).hasStatus(HttpStatus.OK);
        assertThat(page(session, "/login/code", later)).as("the code page with nothing to confirm")
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
    }

    @Test
    void wrongCodesCountTowardsTheLockout() {
        String secret = turnOn("manager.oak");
        MockHttpSession session = passwordStep("manager.oak", later);

        List<MvcTestResult> wrong = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> codeStep(session, code(secret, later.plusSeconds(600)), later)).toList();
        MvcTestResult wrongPage = page(session, "/login/code?error", later);
        MvcTestResult fifth = codeStep(session, "12345", later);
        MvcTestResult afterwards = page(session, "/account", later);
        MvcTestResult again = password(new MockHttpSession(), "manager.oak", later.plusSeconds(60));

        assertThat(wrong).allSatisfy(r -> assertThat(r).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login/code?error"));
        assertThat(body(wrongPage)).contains("govuk-error-summary").contains("The code is not right");
        assertThat(fifth).as("the fifth wrong code").hasRedirectedUrl("/login?error&locked=15");
        assertThat(afterwards).as("not signed in").hasRedirectedUrl("/login");
        assertThat(again).as("the right password while locked").hasRedirectedUrl("/login?error&locked=14");
        assertThat(auditOf(provider.actor("manager.oak").personId())).startsWith(
                "Locked for 15 minutes after 5 failed sign-ins in a row",
                "Failed sign-in: wrong two-step verification code");
    }

    @Test
    void emptyCodeIsNotCountedAndTheRightCodeThenSignsIn() {
        String secret = turnOn("manager.oak");
        MockHttpSession session = passwordStep("manager.oak", later);

        MvcTestResult empty = codeStep(session, " ", later);
        MvcTestResult emptyPage = page(session, "/login/code?missing", later);
        for (int i = 0; i < 4; i++) {
            codeStep(session, code(secret, later.plusSeconds(600)), later);
        }
        MvcTestResult right = codeStep(session, code(secret, later), later);

        assertThat(empty).hasRedirectedUrl("/login/code?missing");
        assertThat(body(emptyPage)).contains("Enter the 6-digit code from your authenticator app");
        assertThat(right).as("after an empty code and four wrong ones").hasRedirectedUrl("/");
    }

    @Test
    void codeWorksOnlyOnce() {
        String secret = turnOn("manager.oak");
        String code = code(secret, later);

        MvcTestResult first = codeStep(passwordStep("manager.oak", later), code, later);
        MvcTestResult replayed = codeStep(passwordStep("manager.oak", later), code, later.plusSeconds(5));
        MvcTestResult next = codeStep(passwordStep("manager.oak", later.plusSeconds(30)),
                code(secret, later.plusSeconds(30)), later.plusSeconds(30));

        assertThat(first).hasRedirectedUrl("/");
        assertThat(replayed).as("the same code again").hasRedirectedUrl("/login/code?error");
        assertThat(next).as("the next code").hasRedirectedUrl("/");
    }

    @Test
    void codeIsAcceptedFromAPhoneThirtySecondsOut() {
        String secret = turnOn("manager.oak");

        MvcTestResult slow = codeStep(passwordStep("manager.oak", later), code(secret, later.minusSeconds(30)), later);
        MvcTestResult fast = codeStep(passwordStep("manager.oak", later.plusSeconds(60)),
                code(secret, later.plusSeconds(90)), later.plusSeconds(60));

        assertThat(slow).hasRedirectedUrl("/");
        assertThat(fast).hasRedirectedUrl("/");
    }

    @Test
    void codeMustBeEnteredWithinFiveMinutesOfThePassword() {
        String secret = turnOn("manager.oak");
        MockHttpSession session = passwordStep("manager.oak", later);
        Instant tooLate = later.plus(Duration.ofMinutes(5));

        MvcTestResult result = codeStep(session, code(secret, tooLate), tooLate);
        MvcTestResult signInPage = page(session, "/login?timeout", tooLate);

        assertThat(result).hasRedirectedUrl("/login?timeout");
        assertThat(body(signInPage)).contains("Signing in took too long. Sign in again.");
        assertThat(page(session, "/account", tooLate)).as("not signed in").hasRedirectedUrl("/login");
    }

    @Test
    void sessionIdChangesAtThePasswordAndAgainAtTheCode() {
        String secret = turnOn("manager.oak");
        MockHttpSession session = new MockHttpSession();
        at(later, () -> mvc.get().uri("/login").session(session).exchange());
        String beforeSignIn = SessionCookies.of(session);

        password(session, "manager.oak", later);
        String afterPassword = SessionCookies.of(session);
        codeStep(session, code(secret, later), later);
        String afterCode = SessionCookies.of(session);

        assertThat(beforeSignIn).as("before signing in").isNotNull();
        assertThat(afterPassword).as("after the password").isNotNull().isNotEqualTo(beforeSignIn);
        assertThat(afterCode).as("after the code").isNotEqualTo(afterPassword).isNotEqualTo(beforeSignIn);
        assertThat(page(session, "/account", later)).hasStatus(HttpStatus.OK);
    }

    @Test
    void cancellingAtTheCodePageSignsOut() {
        turnOn("manager.oak");
        MockHttpSession session = passwordStep("manager.oak", later);

        MvcTestResult cancelled = at(later, () -> mvc.post().uri("/logout").session(session).with(csrf()).exchange());

        assertThat(cancelled).hasRedirectedUrl("/login?signedOut");
        assertThat(SessionCookies.of(session)).as("session ended: its cookie cleared").isNull();
    }

    // The API

    @Test
    void httpBasicIsRefusedButPersonalApiTokensKeepWorking() {
        var token = tokens.create(provider.actor("manager.oak"), "Care records");
        turnOn("manager.oak");

        MvcTestResult basic = at(later, () -> basic("manager.oak"));
        MvcTestResult wrongPassword = at(later, () -> mvc.get().uri("/api/v1/me").accept(MediaType.APPLICATION_JSON)
                .with(httpBasic(provider.username("manager.oak"), "not the password")).exchange());
        MvcTestResult withToken = at(later, () -> bearer(token.token(), "/api/v1/me"));

        assertThat(basic).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader("WWW-Authenticate", "Bearer realm=\"Learnloop\"");
        assertThat(basic).bodyJson().extractingPath("$.title").asString().isEqualTo("Use a personal API token");
        assertThat(basic).bodyJson().extractingPath("$.detail").asString().contains("use a personal API token");
        assertThat(wrongPassword).as("a wrong password says nothing of two-step verification")
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(wrongPassword).bodyJson().extractingPath("$.detail").asString()
                .isEqualTo("Sign in with HTTP Basic or a personal API token.");
        assertThat(withToken).hasStatus(HttpStatus.OK);
    }

    @Test
    void setUpTurnedOnAndOffThroughTheApi() {
        UUID manager = provider.actor("manager.oak").personId();
        var token = tokens.create(provider.actor("manager.oak"), "Care records");

        MvcTestResult setup = as("manager.oak").post("/api/v1/me/two-step/setup", "");
        String secret = twoStep.pendingSetup(provider.actor("manager.oak")).orElseThrow().secret();
        MvcTestResult wrong = at(start, () -> as("manager.oak").post("/api/v1/me/two-step/confirmation",
                "{\"code\":\"%s\",\"currentPassword\":\"nope\"}".formatted(code(secret, start.plusSeconds(600)))));
        MvcTestResult confirmed = at(start, () -> as("manager.oak").post("/api/v1/me/two-step/confirmation",
                "{\"code\":\"%s\",\"currentPassword\":\"demo\"}".formatted(code(secret, start))));
        MvcTestResult basicAfter = at(later, () -> basic("manager.oak"));
        MvcTestResult status = bearer(token.token(), "/api/v1/me/two-step");
        MvcTestResult setupAgain = mvc.post().uri("/api/v1/me/two-step/setup").header("Authorization",
                "Bearer " + token.token()).exchange();
        MvcTestResult off = mvc.post().uri("/api/v1/me/two-step/off").header("Authorization", "Bearer " + token.token())
                .contentType(MediaType.APPLICATION_JSON).content("{\"currentPassword\":\"demo\"}").exchange();

        assertThat(setup).hasStatus(HttpStatus.OK);
        assertThat(setup).bodyJson().extractingPath("$.secret").asString().isEqualTo(secret);
        assertThat(setup).bodyJson().extractingPath("$.uri").asString()
                .startsWith("otpauth://totp/Learnloop:" + provider.username("manager.oak") + "?secret=" + secret);
        assertThat(wrong).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(wrong).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("code", "currentPassword");
        assertThat(confirmed).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(basicAfter).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(status).bodyJson().extractingPath("$.enabled").isEqualTo(true);
        assertThat(setupAgain).as("set up while on").hasStatus(HttpStatus.CONFLICT);
        assertThat(off).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(at(later, () -> basic("manager.oak"))).as("HTTP Basic once off").hasStatus(HttpStatus.OK);
        assertThat(auditOf(manager)).containsExactly("Two-step verification turned off",
                "Two-step verification turned on", "Two-step verification set-up started");
    }

    // Turning it off

    @Test
    void personTurnsItOffOnMyAccountWithTheirPassword() {
        turnOn("manager.oak");

        MvcTestResult wrong = mvc.post().uri("/account/two-step/off").with(signedInAs("manager.oak")).with(csrf())
                .param("currentPassword", "not it").exchange();
        boolean onAfterWrong = twoStep.isOn(provider.actor("manager.oak"));
        MvcTestResult off = mvc.post().uri("/account/two-step/off").with(signedInAs("manager.oak")).with(csrf())
                .param("currentPassword", TestProvider.PASSWORD).exchange();
        MvcTestResult signIn = password(new MockHttpSession(), "manager.oak", later);

        assertThat(wrong).hasStatus(HttpStatus.OK);
        assertThat(body(wrong)).contains("govuk-error-summary").contains("Your current password is not right")
                .doesNotContain("not it");
        assertThat(onAfterWrong).as("still on after a wrong password").isTrue();
        assertThat(off).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/account");
        assertThat(off).flash().containsEntry("notice", "twoStep.turnedOff");
        assertThat(signIn).as("password alone").hasRedirectedUrl("/");
    }

    @Test
    void administratorTurnsItOffForSomeoneWhoLostTheirPhone() {
        UUID manager = provider.actor("manager.oak").personId();
        turnOn("manager.oak");

        MvcTestResult page = mvc.get().uri("/admin/people/{id}", manager).with(signedInAs("admin")).exchange();
        MvcTestResult off = mvc.post().uri("/admin/people/{id}/two-step/off", manager).with(signedInAs("admin"))
                .with(csrf()).exchange();
        MvcTestResult signIn = password(new MockHttpSession(), "manager.oak", later);
        turnOn("manager.oak");
        MvcTestResult byApi = as("admin").post("/api/v1/admin/people/{id}/two-step/off", "", manager);
        MvcTestResult byManager = as("manager.glen").post("/api/v1/admin/people/{id}/two-step/off", "", manager);

        assertThat(body(page)).contains("Two-step verification").contains("Turn off their two-step verification");
        assertThat(off).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/people/" + manager);
        assertThat(off).flash().containsEntry("notice", "admin.person.twoStepOff");
        assertThat(signIn).hasRedirectedUrl("/");
        assertThat(byApi).hasStatus(HttpStatus.OK);
        assertThat(byApi).bodyJson().extractingPath("$.twoStepVerification").isEqualTo(false);
        assertThat(byManager).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(auditOf(manager)).first().isEqualTo("Two-step verification turned off by an administrator");
    }

    @Test
    void administratorTurnsTheirOwnOffOnlyWithTheirPassword() {
        UUID admin = provider.actor("admin").personId();
        var token = tokens.create(provider.actor("admin"), "Script");
        turnOn("admin");

        MvcTestResult own = mvc.post().uri("/api/v1/admin/people/{id}/two-step/off", admin)
                .header("Authorization", "Bearer " + token.token()).exchange();
        MvcTestResult page = mvc.get().uri("/admin/people/{id}", admin).with(signedInAs("admin")).exchange();

        assertThat(own).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(body(page)).doesNotContain("Turn off their two-step verification");
        assertThat(twoStep.isOn(provider.actor("admin"))).isTrue();
    }
}
