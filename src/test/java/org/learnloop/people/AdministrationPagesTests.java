package org.learnloop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnloop.shared.PageOf;
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
class AdministrationPagesTests {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("id=\"one-time-password\">([^<]+)<");

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
    private JdbcClient db;

    private TestProvider provider;

    @BeforeEach
    void createProvider() {
        provider = TestProvider.create(enrolment, people);
    }

    private RequestPostProcessor as(String who) {
        return user(accounts.loadUserByUsername(provider.username(who)));
    }

    private static String html(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String newUsername() {
        return "nia." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The one-time password a page shows, failing when it shows none. */
    private static String oneTimePasswordIn(MvcTestResult result) {
        Matcher shown = ONE_TIME_PASSWORD.matcher(html(result));
        assertThat(shown.find()).as("a one-time password on the page").isTrue();
        return shown.group(1);
    }

    private StaffMember personNamed(String username) {
        return administration.people(provider.actor("admin"), new PageOf.Request(0, 100)).items().stream()
                .filter(p -> p.username().equals(username)).findFirst()
                .map(p -> administration.person(provider.actor("admin"), p.id())).orElseThrow();
    }

    /** Signs in on the sign-in page, as a browser does: the session is then kept in the database. */
    private MockHttpSession signIn(String username, String password) {
        MvcTestResult result = mvc.post().uri("/login").param("username", username).param("password", password)
                .with(csrf()).exchange();
        assertThat(result).as("sign-in of " + username).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
        return (MockHttpSession) result.getRequest().getSession();
    }

    @Test
    void administrationPageLeadsToServicesPeopleAndTheAuditTrail() {
        MvcTestResult result = mvc.get().uri("/admin").with(as("admin")).exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(html(result)).contains("href=\"/admin/services\"").contains("Services: 3")
                .contains("href=\"/admin/people\"").contains("People: 11").contains("href=\"/admin/audit-trail\"");
    }

    @Test
    void emptyServiceFormIsShownAgainWithEveryErrorAndAddsNothing() {
        MvcTestResult form = mvc.get().uri("/admin/services/new").with(as("admin")).exchange();
        MvcTestResult empty = mvc.post().uri("/admin/services").with(as("admin")).with(csrf()).exchange();
        MvcTestResult taken = mvc.post().uri("/admin/services").with(as("admin")).with(csrf()).param("code", "OAK")
                .param("name", "Oak Annexe").param("kind", "CARE_HOME").param("nation", "ENGLAND").exchange();

        assertThat(form).hasStatus(HttpStatus.OK);
        assertThat(html(form)).contains("Care home").contains("Northern Ireland").contains("<legend");
        assertThat(empty).hasStatus(HttpStatus.OK);
        assertThat(html(empty)).contains("govuk-error-summary").contains("href=\"#code\"")
                .contains("Enter a code of 2 to 6 capital letters, such as OAK").contains("Enter the name of the service")
                .contains("Select the kind of service").contains("Select the nation the service is in");
        assertThat(html(taken)).contains("Another service already has the code OAK: choose another")
                .contains("value=\"Oak Annexe\"");
        assertThat(people.services(provider.organisationId())).as("services").hasSize(3);
    }

    @Test
    void adminAddsAServiceAndRenamesIt() {
        MvcTestResult added = mvc.post().uri("/admin/services").with(as("admin")).with(csrf()).param("code", "ELM")
                .param("name", "Elm Court").param("kind", "HOME_CARE").param("nation", "SCOTLAND").exchange();
        ServiceDetails elm = administration.services(provider.actor("admin"), new PageOf.Request(0, 10)).items().stream()
                .filter(s -> s.code().equals("ELM")).findFirst().orElseThrow();
        MvcTestResult edit = mvc.get().uri("/admin/services/{id}", elm.id()).with(as("admin")).exchange();
        MvcTestResult renamed = mvc.post().uri("/admin/services/{id}", elm.id()).with(as("admin")).with(csrf())
                .param("name", "Elm Court Home Care").param("version", "0").exchange();
        MvcTestResult stale = mvc.post().uri("/admin/services/{id}", elm.id()).with(as("admin")).with(csrf())
                .param("name", "Elm").param("version", "0").exchange();
        MvcTestResult list = mvc.get().uri("/admin/services").with(as("admin")).exchange();

        assertThat(added).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/services");
        assertThat(added).flash().containsEntry("notice", "admin.service.added");
        assertThat(html(edit)).contains("Code: ELM").contains("value=\"Elm Court\"");
        assertThat(renamed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/services");
        assertThat(stale).as("a rename from an out-of-date page").hasStatus(HttpStatus.CONFLICT);
        assertThat(html(list)).contains("Elm Court Home Care").contains("Home care").contains("Scotland")
                .contains("scope=\"col\"");
    }

    @Test
    void adminAddsAPersonAndSeesTheirOneTimePasswordInTheAnswerOnly() {
        String username = newUsername();
        MvcTestResult form = mvc.get().uri("/admin/people/new").with(as("admin")).exchange();
        MvcTestResult added = mvc.post().uri("/admin/people").with(as("admin")).with(csrf())
                .param("username", username).param("displayName", "Nia Evans").param("role", "CARE_WORKER")
                .param("serviceIds", provider.oak().toString()).exchange();
        String oneTimePassword = oneTimePasswordIn(added);
        StaffMember nia = personNamed(username);
        MvcTestResult again = mvc.get().uri("/admin/people/{id}", nia.id()).with(as("admin")).exchange();
        MvcTestResult list = mvc.get().uri("/admin/people").with(as("admin")).exchange();

        assertThat(html(form)).contains("Oak House (OAK)").contains("Freedom to Speak Up guardian");
        assertThat(added).as("the answer to the form itself, not a redirect").hasStatus(HttpStatus.OK);
        assertThat(added.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).as("caching of the answer")
                .contains("no-store");
        assertThat(html(added)).contains("The person has been added").contains("Copy it now: it is shown only this once")
                .contains(username).contains("action=\"/admin/people/" + nia.id() + "/password-reset\"");
        assertThat(oneTimePassword).as("the one-time password shown").hasSize(16);
        assertThat(html(again)).doesNotContain(oneTimePassword).contains(username).contains("Has a one-time password");
        assertThat(html(list)).contains("Nia Evans").contains(username).contains("Care worker");
        assertThat(signIn(username, oneTimePassword)).as("a sign-in with the password shown").isNotNull();
    }

    @Test
    void addingThePersonAgainOnRefreshIsRefusedWithAClearMessage() {
        String username = newUsername();
        List<MvcTestResult> answers = new ArrayList<>();
        for (int post = 0; post < 2; post++) {
            answers.add(mvc.post().uri("/admin/people").with(as("admin")).with(csrf())
                    .param("username", username).param("displayName", "Nia Evans").param("role", "CARE_WORKER")
                    .param("serviceIds", provider.oak().toString()).exchange());
        }

        assertThat(answers.get(0)).hasStatus(HttpStatus.OK);
        assertThat(html(answers.get(0))).contains("id=\"one-time-password\"");
        assertThat(answers.get(1)).as("the same form sent again").hasStatus(HttpStatus.OK);
        assertThat(html(answers.get(1))).contains("govuk-error-summary")
                .contains("That username is already taken: choose another").contains("value=\"" + username + "\"")
                .doesNotContain("id=\"one-time-password\"");
        assertThat(administration.people(provider.actor("admin"), new PageOf.Request(0, 50)).items())
                .as("people called " + username).filteredOn(p -> p.username().equals(username)).hasSize(1);
        assertThat(administration.people(provider.actor("admin"), new PageOf.Request(0, 50)).total())
                .as("people").isEqualTo(12);
    }

    /**
     * Sessions are kept in the database: a one-time password carried to the next page in the
     * session would be written there. It is shown in the answer to the form instead.
     */
    @Test
    void oneTimePasswordsNeverReachTheSessionStore() {
        MockHttpSession browser = signIn(provider.username("admin"), TestProvider.PASSWORD);
        UUID carer = provider.actor("carer.oak").personId();

        MvcTestResult added = mvc.post().uri("/admin/people").session(browser).with(csrf())
                .param("username", newUsername()).param("displayName", "Nia Evans").param("role", "CARE_WORKER")
                .param("serviceIds", provider.oak().toString()).exchange();
        MvcTestResult reset = mvc.post().uri("/admin/people/{id}/password-reset", carer).session(browser).with(csrf())
                .exchange();
        MvcTestResult next = mvc.get().uri("/admin/people/{id}", carer).session(browser).exchange();
        SessionStore sessions = new SessionStore(db);

        assertThat(added).hasStatus(HttpStatus.OK);
        assertThat(reset).hasStatus(HttpStatus.OK);
        assertThat(reset.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).as("caching of the answer")
                .contains("no-store");
        assertThat(next).as("the next page, in the same session").hasStatus(HttpStatus.OK);
        assertThat(sessions.attributeNames(browser)).as("what the administrator's session holds")
                .contains("SPRING_SECURITY_CONTEXT");
        for (String password : List.of(oneTimePasswordIn(added), oneTimePasswordIn(reset))) {
            assertThat(sessions.attributesHolding(password)).as("session attributes holding a one-time password")
                    .isEmpty();
            assertThat(html(next)).as("the next page").doesNotContain(password);
        }
        assertThat(signIn(provider.username("carer.oak"), oneTimePasswordIn(reset)))
                .as("a sign-in with the password shown").isNotNull();
    }

    @Test
    void personFormWithMistakesIsShownAgainWithEveryError() {
        MvcTestResult result = mvc.post().uri("/admin/people").with(as("admin")).with(csrf())
                .param("username", provider.username("carer.oak")).param("displayName", "")
                .param("email", "nia at example").param("role", "QUALITY_LEAD")
                .param("serviceIds", provider.oak().toString()).exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(html(result)).contains("govuk-error-summary").contains("That username is already taken: choose another")
                .contains("Enter the person&#39;s name")
                .contains("Enter an email address in the correct format, like name@example.com")
                .contains("This role works across every service: do not select any services");
        assertThat(administration.people(provider.actor("admin"), new PageOf.Request(0, 50)).total())
                .as("people").isEqualTo(11);
    }

    @Test
    void adminChangesRoleAndServicesStopsSigningInAndResetsThePasswordFromThePersonPage() {
        UUID carer = provider.actor("carer.oak").personId();

        MvcTestResult page = mvc.get().uri("/admin/people/{id}", carer).with(as("admin")).exchange();
        MvcTestResult changed = mvc.post().uri("/admin/people/{id}", carer).with(as("admin")).with(csrf())
                .param("role", "TEAM_LEADER").param("serviceIds", provider.oak().toString())
                .param("serviceIds", provider.riverside().toString()).param("version", "0").exchange();
        MvcTestResult noServices = mvc.post().uri("/admin/people/{id}", carer).with(as("admin")).with(csrf())
                .param("role", "CARE_WORKER").param("version", "1").exchange();
        MvcTestResult disabled = mvc.post().uri("/admin/people/{id}/enabled", carer).with(as("admin")).with(csrf())
                .param("enabled", "false").param("version", "1").exchange();
        MvcTestResult reset = mvc.post().uri("/admin/people/{id}/password-reset", carer).with(as("admin")).with(csrf())
                .exchange();

        assertThat(html(page)).contains("Stop them signing in").contains("Set a new one-time password")
                .containsPattern("value=\"" + provider.oak() + "\"[^>]*checked");
        assertThat(changed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/people/" + carer);
        assertThat(html(noServices)).contains("govuk-error-summary")
                .contains("Select at least one service the person works in");
        assertThat(disabled).hasStatus(HttpStatus.FOUND);
        assertThat(disabled).flash().containsEntry("notice", "admin.person.disabled");
        assertThat(reset).hasStatus(HttpStatus.OK);
        assertThat(html(reset)).contains("A new one-time password has been set");
        assertThat(oneTimePasswordIn(reset)).as("the new one-time password shown").hasSize(16);
        StaffMember now = administration.person(provider.actor("admin"), carer);
        assertThat(now.role()).isEqualTo(Role.TEAM_LEADER);
        assertThat(now.serviceIds()).containsExactlyInAnyOrder(provider.oak(), provider.riverside());
        assertThat(now.enabled()).as("enabled").isFalse();
        assertThat(now.mustChangePassword()).as("must change password").isTrue();
    }

    @Test
    void administratorCannotStopThemselvesSigningIn() {
        UUID admin = provider.actor("admin").personId();

        MvcTestResult page = mvc.get().uri("/admin/people/{id}", admin).with(as("admin")).exchange();
        MvcTestResult result = mvc.post().uri("/admin/people/{id}/enabled", admin).with(as("admin")).with(csrf())
                .param("enabled", "false").exchange();

        assertThat(html(page)).contains("This is your own account").doesNotContain("Stop them signing in");
        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(html(result)).contains("govuk-error-summary")
                .contains("You cannot stop yourself signing in: ask another administrator");
    }

    @ParameterizedTest
    @ValueSource(strings = { "manager.oak", "quality", "carer.oak" })
    void onlyAnAdministratorMayOpenTheAdministrationPages(String who) {
        UUID carer = provider.actor("carer.oak").personId();
        List<MvcTestResult> results = List.of(
                mvc.get().uri("/admin").with(as(who)).exchange(),
                mvc.get().uri("/admin/services").with(as(who)).exchange(),
                mvc.get().uri("/admin/services/new").with(as(who)).exchange(),
                mvc.get().uri("/admin/people").with(as(who)).exchange(),
                mvc.get().uri("/admin/people/{id}", carer).with(as(who)).exchange(),
                mvc.post().uri("/admin/people").with(as(who)).with(csrf()).param("username", newUsername())
                        .param("displayName", "Nia").param("role", "ADMINISTRATOR").exchange(),
                mvc.post().uri("/admin/people/{id}/password-reset", carer).with(as(who)).with(csrf()).exchange());

        assertThat(results).as("answers to " + who).allSatisfy(r -> assertThat(r).hasStatus(HttpStatus.FORBIDDEN));
        assertThat(administration.people(provider.actor("admin"), new PageOf.Request(0, 50)).total())
                .as("people").isEqualTo(11);
    }

    @Test
    void anotherProvidersPersonAndServiceAreNotFound() {
        TestProvider other = TestProvider.create(enrolment, people);

        assertThat(mvc.get().uri("/admin/people/{id}", other.actor("carer.oak").personId()).with(as("admin")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/admin/services/{id}", other.oak()).with(as("admin"))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/admin/people/{id}/password-reset", other.actor("carer.oak").personId())
                .with(as("admin")).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
    }
}
