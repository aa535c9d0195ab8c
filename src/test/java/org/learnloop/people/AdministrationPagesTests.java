package org.learnloop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnloop.shared.PageOf;
import org.learnloop.support.TestProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class AdministrationPagesTests {

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
    void adminAddsAPersonAndSeesTheirOneTimePasswordOnce() {
        String username = newUsername();
        MvcTestResult form = mvc.get().uri("/admin/people/new").with(as("admin")).exchange();
        MockHttpSession browser = new MockHttpSession();
        MvcTestResult added = mvc.post().uri("/admin/people").session(browser).with(as("admin")).with(csrf())
                .param("username", username).param("displayName", "Nia Evans").param("role", "CARE_WORKER")
                .param("serviceIds", provider.oak().toString()).exchange();
        NewPassword created = (NewPassword) added.getMvcResult().getFlashMap().get("newPassword");
        MvcTestResult shown = mvc.get().uri("/admin/people/{id}", created.personId()).session(browser).with(as("admin"))
                .exchange();
        MvcTestResult again = mvc.get().uri("/admin/people/{id}", created.personId()).with(as("admin")).exchange();
        MvcTestResult list = mvc.get().uri("/admin/people").with(as("admin")).exchange();

        assertThat(html(form)).contains("Oak House (OAK)").contains("Freedom to Speak Up guardian");
        assertThat(added).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/people/" + created.personId());
        assertThat(html(shown)).contains(created.oneTimePassword()).contains("It is shown only this once");
        assertThat(html(again)).doesNotContain(created.oneTimePassword()).contains(username)
                .contains("Has a one-time password");
        assertThat(html(list)).contains("Nia Evans").contains(username).contains("Care worker");
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
        assertThat(reset).hasStatus(HttpStatus.FOUND);
        assertThat(reset.getMvcResult().getFlashMap().get("newPassword")).as("new one-time password").isInstanceOf(NewPassword.class);
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
