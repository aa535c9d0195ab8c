package org.learnloop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnloop.audittrail.AuditTrail;
import org.learnloop.support.ApiTest;
import org.learnloop.support.TestProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class AdministrationApiTests extends ApiTest {

    @Autowired
    private AuditTrail trail;

    @Autowired
    private ApiTokens tokens;

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(MvcTestResult result, String path) {
        return String.valueOf((Object) JsonPath.read(body(result), path));
    }

    private static String newUsername() {
        return "nia." + UUID.randomUUID().toString().substring(0, 8);
    }

    private String person(String username, String role, Object... serviceIds) {
        String services = String.join(",", java.util.Arrays.stream(serviceIds).map(id -> "\"" + id + "\"").toList());
        return """
                {"username":"%s","displayName":"Nia Evans","email":"nia@example.com","role":"%s","serviceIds":[%s]}
                """.formatted(username, role, services);
    }

    private MvcTestResult getAs(String username, String password, String path, Object... vars) {
        return mvc.get().uri(path, vars).accept(MediaType.APPLICATION_JSON).with(httpBasic(username, password)).exchange();
    }

    private MvcTestResult postAs(String username, String password, String path, String json) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json)
                .accept(MediaType.APPLICATION_JSON).with(httpBasic(username, password)).exchange();
    }

    private UUID id(String demoName) {
        return provider.actor(demoName).personId();
    }

    @Test
    void adminAddsAServiceAndAPersonWhoMustChooseTheirOwnPassword() {
        var service = as("admin").post("/api/v1/admin/services",
                """
                {"code":"elm","name":"Elm Court","kind":"SUPPORTED_LIVING","nation":"WALES"}
                """);
        assertThat(service).hasStatus(HttpStatus.CREATED);
        assertThat(service).headers().containsHeader("Location");
        assertThat(service).bodyJson().extractingPath("$.code").asString().isEqualTo("ELM");
        String serviceId = read(service, "$.id");

        String username = newUsername();
        var added = as("admin").post("/api/v1/admin/people", person(username, "CARE_WORKER", serviceId));
        assertThat(added).hasStatus(HttpStatus.CREATED);
        assertThat(added).headers().containsHeader("Location");
        assertThat(added).bodyJson().extractingPath("$.mustChangePassword").isEqualTo(true);
        assertThat(added).bodyJson().extractingPath("$.services[0].code").asString().isEqualTo("ELM");
        String oneTime = read(added, "$.oneTimePassword");
        assertThat(oneTime).as("one-time password").hasSize(16);

        var beforeChange = getAs(username, oneTime, "/api/v1/me");
        assertThat(beforeChange).as("a call before choosing a password").hasStatus(HttpStatus.FORBIDDEN);
        assertThat(beforeChange).bodyJson().extractingPath("$.title").asString().isEqualTo("Change your password");
        assertThat(beforeChange).bodyJson().extractingPath("$.detail").asString().contains("POST /api/v1/me/password");

        var change = postAs(username, oneTime, "/api/v1/me/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"violets by the back door\"}".formatted(oneTime));
        assertThat(change).hasStatus(HttpStatus.NO_CONTENT);

        var me = getAs(username, "violets by the back door", "/api/v1/me");
        assertThat(me).hasStatus(HttpStatus.OK);
        assertThat(me).bodyJson().extractingPath("$.services[0].name").asString().isEqualTo("Elm Court");
        assertThat(getAs(username, oneTime, "/api/v1/me")).as("the one-time password after the change")
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void serviceWithEverythingWrongIsRejectedWithEveryMessageAndNothingIsAdded() {
        long before = people.services(provider.organisationId()).size();

        var result = as("admin").post("/api/v1/admin/services", "{\"code\":\"OAK HOUSE\",\"name\":\" \"}");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("code", "name", "kind", "nation");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString()
                .isEqualTo("Code must be 2 to 6 capital letters, such as OAK");
        assertThat(people.services(provider.organisationId())).as("services").hasSize((int) before);
    }

    @Test
    void duplicateServiceCodeIsAFieldError() {
        var result = as("admin").post("/api/v1/admin/services",
                "{\"code\":\"oak\",\"name\":\"Oak House Annexe\",\"kind\":\"CARE_HOME\",\"nation\":\"ENGLAND\"}");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("code");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString()
                .isEqualTo("Another service already has the code OAK: choose another");
    }

    @Test
    void sameServiceCodeIsFineInAnotherProvider() {
        var result = as("admin").post("/api/v1/admin/services",
                "{\"code\":\"ASH\",\"name\":\"Ash Lodge\",\"kind\":\"CARE_HOME\",\"nation\":\"ENGLAND\"}");
        TestProvider other = TestProvider.create(enrolment, people);
        var elsewhere = mvc.post().uri("/api/v1/admin/services").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"ASH\",\"name\":\"Ash Lodge\",\"kind\":\"CARE_HOME\",\"nation\":\"ENGLAND\"}")
                .with(httpBasic(other.username("admin"), TestProvider.PASSWORD)).exchange();

        assertThat(result).hasStatus(HttpStatus.CREATED);
        assertThat(elsewhere).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void duplicateUsernameIsAFieldErrorWhateverItsCase() {
        String taken = provider.username("carer.oak").toUpperCase();

        var result = as("admin").post("/api/v1/admin/people", person(taken, "CARE_WORKER", provider.oak()));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("username");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString()
                .isEqualTo("That username is already taken: choose another");
    }

    @Test
    void personWithEverythingWrongIsRejectedWithEveryMessageAndNothingIsAdded() {
        var result = as("admin").post("/api/v1/admin/people",
                "{\"username\":\"x\",\"displayName\":\"\",\"email\":\"nia at example\",\"serviceIds\":[\"%s\"]}"
                        .formatted(UUID.randomUUID()));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("username", "displayName", "email", "role", "serviceIds");
        assertThat(result).bodyJson().extractingPath("$.errors[*].message").asArray().contains(
                "Enter the person's name", "Enter an email address in the correct format, like name@example.com",
                "Select a role", "Select services from the list");
        assertThat(as("admin").get("/api/v1/admin/people")).as("people").bodyJson().extractingPath("$.total").isEqualTo(11);
    }

    @Test
    void careWorkersNeedAServiceAndProviderWideRolesTakeNone() {
        var carer = as("admin").post("/api/v1/admin/people", person(newUsername(), "CARE_WORKER"));
        var quality = as("admin").post("/api/v1/admin/people", person(newUsername(), "QUALITY_LEAD", provider.oak()));
        var director = as("admin").post("/api/v1/admin/people", person(newUsername(), "NOMINATED_INDIVIDUAL"));

        assertThat(carer).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(carer).bodyJson().extractingPath("$.errors[0].message").asString()
                .isEqualTo("Select at least one service the person works in");
        assertThat(quality).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(quality).bodyJson().extractingPath("$.errors[0].message").asString()
                .isEqualTo("This role works across every service: do not select any services");
        assertThat(director).hasStatus(HttpStatus.CREATED);
        assertThat(people.actorByUsername(read(director, "$.username")).orElseThrow().serviceIds())
                .as("a director's services").containsExactlyInAnyOrder(provider.oak(), provider.riverside(), provider.glen());
    }

    @Test
    void adminChangesARoleAndServices() {
        UUID carer = id("carer.oak");

        var result = as("admin").put("/api/v1/admin/people/{id}",
                "{\"role\":\"TEAM_LEADER\",\"serviceIds\":[\"%s\",\"%s\"],\"enabled\":true}".formatted(provider.oak(),
                        provider.riverside()),
                carer);

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result).bodyJson().extractingPath("$.role").asString().isEqualTo("TEAM_LEADER");
        assertThat(result).bodyJson().extractingPath("$.version").isEqualTo(1);
        Actor now = provider.actor("carer.oak");
        assertThat(now.role()).as("role").isEqualTo(Role.TEAM_LEADER);
        assertThat(now.serviceIds()).as("services").containsExactlyInAnyOrder(provider.oak(), provider.riverside());
        assertThat(trail.countFor(provider.organisationId(), "PERSON", carer, "CHANGE")).as("audit entries").isEqualTo(1);
    }

    @Test
    void changeMadeFromAnOutOfDateCopyIsAConflict() {
        UUID carer = id("carer.oak");
        String json = "{\"role\":\"TEAM_LEADER\",\"serviceIds\":[\"%s\"],\"enabled\":true,\"version\":0}"
                .formatted(provider.oak());

        var first = as("admin").put("/api/v1/admin/people/{id}", json, carer);
        var second = as("admin").put("/api/v1/admin/people/{id}", json.replace("TEAM_LEADER", "CARE_WORKER"), carer);

        assertThat(first).hasStatus(HttpStatus.OK);
        assertThat(second).hasStatus(HttpStatus.CONFLICT);
        assertThat(provider.actor("carer.oak").role()).as("role kept").isEqualTo(Role.TEAM_LEADER);
    }

    @Test
    void administratorCannotLockThemselvesOut() {
        var result = as("admin").put("/api/v1/admin/people/{id}",
                "{\"role\":\"CARE_WORKER\",\"serviceIds\":[\"%s\"],\"enabled\":false}".formatted(provider.oak()), id("admin"));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains("role", "enabled");
        assertThat(provider.actor("admin").role()).as("role kept").isEqualTo(Role.ADMINISTRATOR);
    }

    @Test
    void disabledPersonCannotSignInNorUseATokenUntilEnabledAgain() {
        String token = tokens.create(provider.actor("carer.oak"), "Care records").token();
        UUID carer = id("carer.oak");
        String disable = "{\"role\":\"CARE_WORKER\",\"serviceIds\":[\"%s\"],\"enabled\":false}".formatted(provider.oak());

        var disabled = as("admin").put("/api/v1/admin/people/{id}", disable, carer);
        var basic = as("carer.oak").get("/api/v1/me");
        var bearer = mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token).exchange();
        var enabled = as("admin").put("/api/v1/admin/people/{id}", disable.replace("false", "true"), carer);

        assertThat(disabled).hasStatus(HttpStatus.OK);
        assertThat(disabled).bodyJson().extractingPath("$.enabled").isEqualTo(false);
        assertThat(basic).as("HTTP Basic while disabled").hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(bearer).as("token while disabled").hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(enabled).hasStatus(HttpStatus.OK);
        assertThat(as("carer.oak").get("/api/v1/me")).as("HTTP Basic once enabled").hasStatus(HttpStatus.OK);
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
                .as("token once enabled").hasStatus(HttpStatus.OK);
    }

    @Test
    void passwordResetGivesANewOneTimePasswordAndTheOldPasswordStopsWorking() {
        UUID carer = id("carer.oak");

        var reset = as("admin").post("/api/v1/admin/people/{id}/password-reset", "", carer);
        String oneTime = read(reset, "$.oneTimePassword");

        assertThat(reset).hasStatus(HttpStatus.OK);
        assertThat(reset).bodyJson().extractingPath("$.username").asString().isEqualTo(provider.username("carer.oak"));
        assertThat(as("carer.oak").get("/api/v1/me")).as("old password").hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(getAs(provider.username("carer.oak"), oneTime, "/api/v1/me")).as("one-time password")
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(trail.countFor(provider.organisationId(), "PERSON", carer, "CHANGE"))
                .as("audit entries: the reset, and the failed sign-in with the old password").isEqualTo(2);
    }

    @Test
    void adminRenamesAServiceButNotToNothing() {
        var renamed = as("admin").put("/api/v1/admin/services/{id}", "{\"name\":\"Oak House Nursing Home\"}", provider.oak());
        var blank = as("admin").put("/api/v1/admin/services/{id}", "{\"name\":\"\"}", provider.oak());

        assertThat(renamed).hasStatus(HttpStatus.OK);
        assertThat(renamed).bodyJson().extractingPath("$.code").asString().isEqualTo("OAK");
        assertThat(blank).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(blank).bodyJson().extractingPath("$.errors[0].message").asString().isEqualTo("Enter the name of the service");
        assertThat(people.service(provider.organisationId(), provider.oak()).orElseThrow().name())
                .isEqualTo("Oak House Nursing Home");
        assertThat(trail.countFor(provider.organisationId(), "SERVICE", provider.oak(), "CHANGE")).as("audit entries")
                .isEqualTo(1);
    }

    /** PostgreSQL cannot store a NUL, and a right-to-left override makes a name read differently from what it is. */
    @ParameterizedTest
    @ValueSource(strings = { "Oak\\u0000House", "Oak \\u202Eesuoh", "Bell\\u0007" })
    void hiddenCharactersInNamesAndEmailAddressesAreRefused(String hidden) {
        var renamed = as("admin").put("/api/v1/admin/services/{id}", "{\"name\":\"" + hidden + "\"}", provider.oak());
        var service = as("admin").post("/api/v1/admin/services", """
                {"code":"ELM","name":"%s","kind":"CARE_HOME","nation":"WALES"}""".formatted(hidden));
        var person = as("admin").post("/api/v1/admin/people", """
                {"username":"%s","displayName":"%s","email":"nia%s@example.com","role":"CARE_WORKER","serviceIds":["%s"]}"""
                .formatted(newUsername(), hidden, hidden, provider.oak()));

        assertThat(renamed).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(renamed).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("name");
        assertThat(service).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(service).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("name");
        assertThat(person).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(person).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("displayName", "email");
        assertThat(people.service(provider.organisationId(), provider.oak()).orElseThrow().name()).isEqualTo("Oak House");
        assertThat(as("admin").get("/api/v1/admin/services")).bodyJson().extractingPath("$.total").isEqualTo(3);
    }

    @Test
    void listsArePaged() {
        var page = as("admin").get("/api/v1/admin/people?page=1&size=4");
        var services = as("admin").get("/api/v1/admin/services");

        assertThat(page).hasStatus(HttpStatus.OK);
        assertThat(page).bodyJson().extractingPath("$.items").asArray().hasSize(4);
        assertThat(page).bodyJson().extractingPath("$.total").isEqualTo(11);
        assertThat(page).bodyJson().extractingPath("$.page").isEqualTo(1);
        assertThat(services).bodyJson().extractingPath("$.items[*].code").asArray().containsExactly("GLN", "OAK", "RIV");
    }

    @ParameterizedTest
    @ValueSource(strings = { "manager.oak", "carer.oak", "quality", "director", "guardian" })
    void onlyAnAdministratorMayUseTheAdministrationApi(String who) {
        UUID carer = id("carer.oak");
        String service = "{\"code\":\"ELM\",\"name\":\"Elm Court\",\"kind\":\"CARE_HOME\",\"nation\":\"ENGLAND\"}";
        List<MvcTestResult> calls = List.of(
                as(who).get("/api/v1/admin/services"),
                as(who).get("/api/v1/admin/services/{id}", provider.oak()),
                as(who).post("/api/v1/admin/services", service),
                as(who).put("/api/v1/admin/services/{id}", "{\"name\":\"Elm\"}", provider.oak()),
                as(who).get("/api/v1/admin/people"),
                as(who).get("/api/v1/admin/people/{id}", carer),
                as(who).post("/api/v1/admin/people", person(newUsername(), "CARE_WORKER", provider.oak())),
                as(who).put("/api/v1/admin/people/{id}", "{\"role\":\"ADMINISTRATOR\",\"enabled\":true}", carer),
                as(who).post("/api/v1/admin/people/{id}/password-reset", "", carer));

        assertThat(calls).as("answers to " + who).allSatisfy(call -> assertThat(call).hasStatus(HttpStatus.FORBIDDEN));
        assertThat(people.services(provider.organisationId())).as("services").hasSize(3);
        assertThat(provider.actor("carer.oak").role()).as("carer's role").isEqualTo(Role.CARE_WORKER);
        assertThat(as("carer.oak").get("/api/v1/me")).as("carer's password").hasStatus(HttpStatus.OK);
    }

    @Test
    void anotherProvidersServicesAndPeopleAreNotFound() {
        TestProvider other = TestProvider.create(enrolment, people);
        UUID stranger = other.actor("carer.oak").personId();

        assertThat(as("admin").get("/api/v1/admin/people/{id}", stranger)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("admin").put("/api/v1/admin/people/{id}",
                "{\"role\":\"CARE_WORKER\",\"serviceIds\":[\"%s\"],\"enabled\":false}".formatted(provider.oak()), stranger))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("admin").post("/api/v1/admin/people/{id}/password-reset", "", stranger))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("admin").get("/api/v1/admin/services/{id}", other.oak())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("admin").put("/api/v1/admin/services/{id}", "{\"name\":\"Mine\"}", other.oak()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(as("admin").post("/api/v1/admin/people", person(newUsername(), "CARE_WORKER", other.oak())))
                .as("a person in another provider's service").hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(other.username("carer.oak"), TestProvider.PASSWORD)))
                .as("the stranger's sign-in").hasStatus(HttpStatus.OK);
    }
}
