package org.learnloop.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.learnloop.shared.UkTime;
import org.learnloop.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Who read restricted records, through the API and the page, for administrators and quality leads. */
class RestrictedReadsTests extends ApiTest {

    @Autowired
    UserDetailsService accounts;

    private UserDetails signedIn(String demoName) {
        return accounts.loadUserByUsername(provider.username(demoName));
    }

    /** A safeguarding concern reported by the carer: its id and reference. */
    private record Concern(String id, String reference) {
    }

    private Concern reportSafeguardingConcern() throws Exception {
        var result = as("carer.oak").post("/api/v1/events", """
                {"type":"SAFEGUARDING_CONCERN","serviceId":"%s","occurredAt":"%s","category":"ABUSE_NEGLECT",
                 "summary":"Bruising on both arms","description":"Noticed bruising on both forearms at breakfast.",
                 "immediateActions":"Body map completed, manager told","physicalHarm":"LOW","psychologicalHarm":"LOW"}
                """.formatted(provider.oak(), Instant.now().minusSeconds(3600)));
        assertThat(result).as("concern reported").hasStatus(HttpStatus.CREATED);
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new Concern(JsonPath.read(body, "$.id"), JsonPath.read(body, "$.reference"));
    }

    private LocalDate today() {
        return UkTime.londonDate(Instant.now());
    }

    @Test
    void managersReadOfASafeguardingConcernIsListedWithHowManyTimes() throws Exception {
        Concern concern = reportSafeguardingConcern();
        assertThat(as("manager.oak").get("/api/v1/events/{id}", concern.id())).hasStatusOk();
        assertThat(as("manager.oak").get("/api/v1/events/{id}", concern.id())).hasStatusOk();

        var result = as("admin").get("/api/v1/audit-trail/restricted-reads?from={from}&to={to}", today(), today());

        assertThat(result).hasStatusOk();
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.items[?(@.username == '%s')].reference".formatted(provider.username("manager.oak")))
                .asArray().containsExactly(concern.reference());
        json.extractingPath("$.items[?(@.username == '%s')].times".formatted(provider.username("manager.oak")))
                .asArray().containsExactly(2);
        json.extractingPath("$.items[?(@.username == '%s')].recordType".formatted(provider.username("manager.oak")))
                .asArray().containsExactly("EVENT");
        json.extractingPath("$.items[?(@.username == '%s')].recordId".formatted(provider.username("manager.oak")))
                .asArray().containsExactly(concern.id());
        json.extractingPath("$.page").asNumber().isEqualTo(0);
    }

    @Test
    void qualityLeadSeesTheReportToo() throws Exception {
        Concern concern = reportSafeguardingConcern();
        as("manager.oak").get("/api/v1/events/{id}", concern.id());

        var result = as("quality").get("/api/v1/audit-trail/restricted-reads");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.items[*].reference").asArray().contains(concern.reference());
    }

    @Test
    void readsOutsideThePeriodAreLeftOut() throws Exception {
        Concern concern = reportSafeguardingConcern();
        as("manager.oak").get("/api/v1/events/{id}", concern.id());

        var result = as("admin").get("/api/v1/audit-trail/restricted-reads?from={from}", today().plusDays(1));

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.total").asNumber().isEqualTo(0);
    }

    @Test
    void otherRolesMayNotSeeWhoReadWhat() {
        for (String role : new String[] { "carer.oak", "manager.oak", "director", "guardian" }) {
            assertThat(as(role).get("/api/v1/audit-trail/restricted-reads")).as(role).hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void periodEndingBeforeItStartsIsRejectedInPlainEnglish() {
        var result = as("admin").get("/api/v1/audit-trail/restricted-reads?from={from}&to={to}", today(),
                today().minusDays(1));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo("to");
        assertThat(as("admin").get("/api/v1/audit-trail/restricted-reads?from=yesterday"))
                .as("a date that is not a date").hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void restrictedReadsPageListsTheReadForAdministratorsAndQualityLeads() throws Exception {
        Concern concern = reportSafeguardingConcern();
        as("manager.oak").get("/api/v1/events/{id}", concern.id());

        for (String role : new String[] { "admin", "quality" }) {
            var page = mvc.get().uri("/admin/restricted-reads?from={from}&to={to}", today(), today())
                    .with(user(signedIn(role))).exchange();

            assertThat(page).as(role).hasStatusOk();
            assertThat(page).as(role).bodyText().contains("Who read restricted records")
                    .contains("Event " + concern.reference()).contains(provider.username("manager.oak"));
        }
    }

    @Test
    void restrictedReadsPageIsForbiddenToACarer() {
        var page = mvc.get().uri("/admin/restricted-reads").with(user(signedIn("carer.oak"))).exchange();

        assertThat(page).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void restrictedReadsPageWithAnUnreadableDateShowsTheProblem() {
        var page = mvc.get().uri("/admin/restricted-reads?from=31/02/2026&to={to}", today())
                .with(user(signedIn("admin"))).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("There is a problem").contains("Enter a real date")
                .contains("href=\"#from\"");
    }

    @Test
    void restrictedReadsPageWithThePeriodBackToFrontShowsTheProblem() {
        var page = mvc.get().uri("/admin/restricted-reads?from={from}&to={to}", today(), today().minusDays(3))
                .with(user(signedIn("admin"))).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("The end date must be the same as or after the start date");
    }
}
