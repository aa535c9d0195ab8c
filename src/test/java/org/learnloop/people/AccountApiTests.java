package org.learnloop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learnloop.audittrail.AuditTrail;
import org.learnloop.shared.PageOf;
import org.learnloop.support.ApiTest;
import org.learnloop.support.TestProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class AccountApiTests extends ApiTest {

    @Autowired
    private AuditTrail trail;

    @Autowired
    private Administration administration;

    private String change(String current, String chosen) {
        return "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(current, chosen);
    }

    @Test
    void personChangesTheirPasswordAndTheOldOneStopsWorking() {
        var result = as("carer.oak").post("/api/v1/me/password", change(TestProvider.PASSWORD, "blue kettle on the hob"));

        assertThat(result).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(as("carer.oak").get("/api/v1/me")).as("old password").hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/api/v1/me").accept(MediaType.APPLICATION_JSON)
                .with(httpBasic(provider.username("carer.oak"), "blue kettle on the hob")))
                .as("new password").hasStatus(HttpStatus.OK);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong            | blue kettle on the hob | currentPassword | Your current password is not right
            ''               | blue kettle on the hob | currentPassword | Enter your current password
            demo             | kettle                 | newPassword     | Password must be at least 10 characters
            demo             | password123            | newPassword     | This password is too common and easy to guess: choose another
            demo             | blue kettle\\u0000on the hob | newPassword | Password must not hold control codes, line breaks or right-to-left marks
            demo             | blue kettle\\u202Eon the hob | newPassword | Password must not hold control codes, line breaks or right-to-left marks
            """)
    void passwordChangeThatBreaksARuleIsRejected(String current, String chosen, String field, String message) {
        var result = as("carer.oak").post("/api/v1/me/password", change(current, chosen));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").asString().isEqualTo(field);
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().isEqualTo(message);
        assertThat(as("carer.oak").get("/api/v1/me")).as("old password still works").hasStatus(HttpStatus.OK);
    }

    @Test
    void passwordSameAsTheUsernameIsRejected() {
        String username = provider.username("manager.oak");

        var result = as("manager.oak").post("/api/v1/me/password", change(TestProvider.PASSWORD, username));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString()
                .isEqualTo("Password must not be the same as the username");
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        var result = as("carer.oak").post("/api/v1/me/password", "{\"currentPassword\":\"wrong\"}");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("currentPassword", "newPassword");
    }

    @Test
    void oneTimePasswordCannotBeKeptAsTheNewPassword() {
        NewPassword reset = administration.resetPassword(provider.actor("admin"), provider.actor("carer.oak").personId());

        var result = mvc.post().uri("/api/v1/me/password").contentType(MediaType.APPLICATION_JSON)
                .content(change(reset.oneTimePassword(), reset.oneTimePassword()))
                .with(httpBasic(reset.username(), reset.oneTimePassword())).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString()
                .isEqualTo("Your new password must be different from your current password");
    }

    @Test
    void demoAccountsAreNotAskedToChangeTheirPassword() {
        assertThat(as("carer.oak").get("/api/v1/me")).hasStatus(HttpStatus.OK);
        assertThat(as("admin").get("/api/v1/admin/people")).hasStatus(HttpStatus.OK);
    }

    @Test
    void passwordChangeIsInTheAuditTrailWithoutTheSecret() {
        as("carer.oak").post("/api/v1/me/password", change(TestProvider.PASSWORD, "blue kettle on the hob"));

        var entries = trail.entries(provider.actor("admin"), "CHANGE", new PageOf.Request(0, 10)).items();
        assertThat(entries).as("audit entries").anySatisfy(e -> {
            assertThat(e.subjectId()).isEqualTo(provider.actor("carer.oak").personId());
            assertThat(e.description()).isEqualTo("Password changed");
        });
        assertThat(entries).as("audit entries").noneSatisfy(e -> assertThat(e.description()).contains("kettle"));
    }
}
