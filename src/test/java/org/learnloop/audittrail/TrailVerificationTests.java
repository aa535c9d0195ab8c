package org.learnloop.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.learnloop.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Whether the organisation's audit trail is intact, through the API and on the audit trail page. */
class TrailVerificationTests extends ApiTest {

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient db;

    private UserDetails signedIn(String demoName) {
        return accounts.loadUserByUsername(provider.username(demoName));
    }

    private void reportFall() {
        var result = as("carer.oak").post("/api/v1/events", """
                {"type":"INCIDENT","serviceId":"%s","occurredAt":"%s","category":"FALL",
                 "summary":"Found on bedroom floor","description":"Found on the floor beside the bed.",
                 "immediateActions":"Checked for injury","physicalHarm":"LOW","psychologicalHarm":"NONE"}
                """.formatted(provider.oak(), Instant.now().minusSeconds(3600)));
        assertThat(result).as("fall reported").hasStatus(HttpStatus.CREATED);
    }

    @Test
    void verificationAnswersIntactWithTheNumberOfEntries() {
        reportFall();

        var result = as("admin").get("/api/v1/audit-trail/verification");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.intact").isEqualTo(true);
        assertThat(result).bodyJson().extractingPath("$.entries").asNumber().satisfies(n ->
                assertThat(n.longValue()).isPositive());
        assertThat(result).bodyJson().extractingPath("$.firstBrokenLink").isNull();
    }

    @Test
    void verificationNamesTheFirstBrokenLink() {
        reportFall();
        UUID organisation = provider.organisationId();
        String original = db.sql("select description from audit_entry where organisation_id = ? and chain_sequence = 1")
                .param(organisation).query(String.class).single();
        db.sql("update audit_entry set description = 'Reported nothing' where organisation_id = ? and chain_sequence = 1")
                .param(organisation).update();
        try {
            var result = as("admin").get("/api/v1/audit-trail/verification");

            assertThat(result).hasStatusOk();
            assertThat(result).bodyJson().extractingPath("$.intact").isEqualTo(false);
            assertThat(result).bodyJson().extractingPath("$.firstBrokenLink.sequence").asNumber().isEqualTo(1);
            assertThat(result).bodyJson().extractingPath("$.firstBrokenLink.problem").isEqualTo("ENTRY_CHANGED");
            var page = mvc.get().uri("/admin/audit-trail").with(user(signedIn("admin"))).exchange();
            assertThat(page).bodyText().contains("The first broken link is entry 1")
                    .contains("the entry was changed after it was recorded");
        } finally {
            db.sql("update audit_entry set description = ? where organisation_id = ? and chain_sequence = 1")
                    .params(original, organisation).update();
        }
    }

    @Test
    void onlyAnAdministratorMayVerify() {
        assertThat(as("quality").get("/api/v1/audit-trail/verification")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(as("carer.oak").get("/api/v1/audit-trail/verification")).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void auditTrailPageSaysTheTrailIsIntact() {
        reportFall();

        var page = mvc.get().uri("/admin/audit-trail").with(user(signedIn("admin"))).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("The audit trail is intact");
    }
}
