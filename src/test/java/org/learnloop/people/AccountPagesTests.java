package org.learnloop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnloop.support.SessionStore;
import org.learnloop.support.TestProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesTests {

    private static final String CHOSEN = "rain on the conservatory roof";
    private static final Pattern CREATED_TOKEN = Pattern.compile("id=\"created-token\">(ll_[^<]+)<");

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private Enrolment enrolment;

    @Autowired
    private People people;

    @Autowired
    private UserDetailsService accounts;

    @Autowired
    private Administration administration;

    @Autowired
    private ApiTokens tokens;

    @Autowired
    private JdbcClient db;

    private TestProvider provider;

    @BeforeEach
    void createProvider() {
        provider = TestProvider.create(enrolment, people);
    }

    private RequestPostProcessor as(String who) {
        return user(accounts.loadUserByUsername(provider.username(who)));
    }

    private NewPassword newCarer() {
        return administration.addPerson(provider.actor("admin"), new AddPerson(
                "nia." + provider.username("x").substring(2), "Nia Evans", null, Role.CARE_WORKER, List.of(provider.oak())));
    }

    private static String html(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The new API token a page shows, failing when it shows none. */
    private static String tokenIn(MvcTestResult result) {
        Matcher shown = CREATED_TOKEN.matcher(html(result));
        assertThat(shown.find()).as("a new API token on the page").isTrue();
        return shown.group(1);
    }

    private MockHttpSession signIn(String username, String password) {
        MvcTestResult result = mvc.post().uri("/login").param("username", username).param("password", password)
                .with(csrf()).exchange();
        assertThat(result).as("sign-in of " + username).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
        return (MockHttpSession) result.getRequest().getSession();
    }

    @Test
    void personWithAOneTimePasswordIsSentToChangeItOnEveryPageUntilTheyDo() {
        NewPassword account = newCarer();
        MockHttpSession session = signIn(account.username(), account.oneTimePassword());

        MvcTestResult home = mvc.get().uri("/").session(session).exchange();
        MvcTestResult report = mvc.get().uri("/events/new").session(session).exchange();
        MvcTestResult form = mvc.get().uri("/account/password").session(session).exchange();
        MvcTestResult wrong = mvc.post().uri("/account/password").session(session).with(csrf())
                .param("currentPassword", "not it").param("newPassword", "short").exchange();
        MvcTestResult changed = mvc.post().uri("/account/password").session(session).with(csrf())
                .param("currentPassword", account.oneTimePassword()).param("newPassword", CHOSEN).exchange();
        MvcTestResult after = mvc.get().uri("/events/new").session(session).exchange();

        assertThat(home).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/account/password");
        assertThat(report).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/account/password");
        assertThat(form).hasStatus(HttpStatus.OK);
        assertThat(html(form)).contains("Your password was set by someone else")
                .contains("autocomplete=\"new-password\"");
        assertThat(wrong).hasStatus(HttpStatus.OK);
        assertThat(html(wrong)).contains("govuk-error-summary").contains("Your current password is not right")
                .contains("Password must be at least 10 characters").doesNotContain("not it");
        assertThat(changed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
        assertThat(changed).flash().containsEntry("notice", "password.changed");
        assertThat(after).as("a page once the password is changed").hasStatus(HttpStatus.OK);
        assertThat(signIn(account.username(), CHOSEN)).as("session with the chosen password").isNotNull();
    }

    @Test
    void passwordResetByAnAdministratorEndsTheOpenSession() {
        MockHttpSession session = signIn(provider.username("carer.oak"), TestProvider.PASSWORD);
        assertThat(mvc.get().uri("/account").session(session)).hasStatus(HttpStatus.OK);

        administration.resetPassword(provider.actor("admin"), provider.actor("carer.oak").personId());

        assertThat(mvc.get().uri("/account").session(session)).hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/login?expired");
    }

    @Test
    void disabledPersonCannotSignInAndTheirSessionEnds() {
        MockHttpSession session = signIn(provider.username("carer.oak"), TestProvider.PASSWORD);
        var carer = administration.person(provider.actor("admin"), provider.actor("carer.oak").personId());

        administration.changePerson(provider.actor("admin"), carer.id(),
                new ChangePerson(carer.role(), carer.serviceIds(), false, null));

        assertThat(mvc.get().uri("/my-reports").session(session)).hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/login?expired");
        assertThat(mvc.post().uri("/login").param("username", provider.username("carer.oak"))
                .param("password", TestProvider.PASSWORD).with(csrf()))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error");
    }

    @Test
    void newRoleTakesEffectOnTheNextPage() {
        MockHttpSession session = signIn(provider.username("carer.oak"), TestProvider.PASSWORD);
        var carer = administration.person(provider.actor("admin"), provider.actor("carer.oak").personId());

        administration.changePerson(provider.actor("admin"), carer.id(),
                new ChangePerson(Role.TEAM_LEADER, List.of(provider.oak(), provider.glen()), true, null));

        MvcTestResult account = mvc.get().uri("/account").session(session).exchange();
        assertThat(account).hasStatus(HttpStatus.OK);
        assertThat(html(account)).contains("Team leader").contains("Glen Lodge");
    }

    @Test
    void myAccountShowsWhoIAmAndTheMenuForMyRole() {
        MvcTestResult manager = mvc.get().uri("/account").with(as("manager.oak")).exchange();
        MvcTestResult admin = mvc.get().uri("/account").with(as("admin")).exchange();

        assertThat(manager).hasStatus(HttpStatus.OK);
        assertThat(html(manager)).contains(provider.username("manager.oak")).contains("Registered manager")
                .contains("Oak House").doesNotContain("Glen Lodge").contains("href=\"/account/password\"")
                .contains("My account").doesNotContain(">Administration<").contains("You have no API tokens.");
        assertThat(html(admin)).contains("All services").contains(">Administration<");
    }

    @Test
    void tokensAreCreatedShownOnceListedAndRevokedThroughMyAccount() {
        MvcTestResult blank = mvc.post().uri("/account/tokens").with(as("manager.oak")).with(csrf())
                .param("name", " ").exchange();
        MvcTestResult created = mvc.post().uri("/account/tokens").with(as("manager.oak")).with(csrf())
                .param("name", "Care records").exchange();
        String token = tokenIn(created);
        ApiTokens.TokenSummary listedToken = tokens.list(provider.actor("manager.oak")).get(0);
        MvcTestResult listed = mvc.get().uri("/account").with(as("manager.oak")).exchange();
        MvcTestResult used = mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token).exchange();
        MvcTestResult revoked = mvc.post().uri("/account/tokens/{id}/revoke", listedToken.id()).with(as("manager.oak"))
                .with(csrf()).exchange();

        assertThat(blank).hasStatus(HttpStatus.OK);
        assertThat(html(blank)).contains("govuk-error-summary").contains("Enter a name for the token")
                .doesNotContain("id=\"created-token\"");
        assertThat(created).as("the answer to the form itself, not a redirect").hasStatus(HttpStatus.OK);
        assertThat(created.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).as("caching of the answer")
                .contains("no-store");
        assertThat(html(created)).contains("Your API token has been created")
                .contains("it is shown only this once, and will not be shown again").contains("Care records")
                .doesNotContain("value=\"Care records\"");
        assertThat(html(listed)).contains("Care records").contains("Revoke").doesNotContain(token);
        assertThat(used).as("the token shown, used").hasStatus(HttpStatus.OK);
        assertThat(revoked).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/account");
        assertThat(revoked).flash().containsEntry("notice", "account.token.revoked");
        assertThat(tokens.list(provider.actor("manager.oak"))).singleElement()
                .satisfies(t -> assertThat(t.revokedAt()).as("revoked at").isNotNull());
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
                .as("revoked token").hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.post().uri("/account/tokens/{id}/revoke", listedToken.id()).with(as("carer.oak")).with(csrf()))
                .as("someone else's token").hasStatus(HttpStatus.NOT_FOUND);
    }

    /**
     * Sessions are kept in the database: a new token carried to the next page in the session would
     * be written there. It is shown in the answer to the form instead.
     */
    @Test
    void newTokensNeverReachTheSessionStore() {
        MockHttpSession browser = signIn(provider.username("manager.oak"), TestProvider.PASSWORD);

        MvcTestResult created = mvc.post().uri("/account/tokens").session(browser).with(csrf())
                .param("name", "Care records").exchange();
        String token = tokenIn(created);
        MvcTestResult next = mvc.get().uri("/account").session(browser).exchange();
        SessionStore sessions = new SessionStore(db);

        assertThat(created).hasStatus(HttpStatus.OK);
        assertThat(next).as("the next page, in the same session").hasStatus(HttpStatus.OK);
        assertThat(html(next)).as("the next page").contains("Care records").doesNotContain(token);
        assertThat(sessions.attributeNames(browser)).as("what the manager's session holds")
                .contains("SPRING_SECURITY_CONTEXT");
        assertThat(sessions.attributesHolding(token)).as("session attributes holding the token").isEmpty();
    }

    @Test
    void passwordChangedFromMyAccountReturnsToMyAccount() {
        MvcTestResult result = mvc.post().uri("/account/password").with(as("carer.oak")).with(csrf())
                .param("currentPassword", TestProvider.PASSWORD).param("newPassword", CHOSEN).exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/account");
        assertThat(signIn(provider.username("carer.oak"), CHOSEN)).isNotNull();
    }
}
