package org.learnloop.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learnloop.shared.InvalidRequest.FieldMessage;

class PasswordRulesTests {

    @ParameterizedTest(name = "\"{0}\" for {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            correct horse battery staple | jane.smith    | NULL
            Tulips-in-the-garden         | jane.smith    | NULL
            abcdefghjk                   | jane.smith    | NULL
            NULL                         | jane.smith    | Enter a new password
            ''                           | jane.smith    | Enter a new password
            short                        | jane.smith    | Password must be at least 10 characters
            123456789                    | jane.smith    | Password must be at least 10 characters
            jane.smith.care              | jane.smith.care | Password must not be the same as the username
            JANE.SMITH.CARE              | jane.smith.care | Password must not be the same as the username
            password123                  | jane.smith    | This password is too common and easy to guess: choose another
            Password123                  | jane.smith    | This password is too common and easy to guess: choose another
            qwertyuiop                   | jane.smith    | This password is too common and easy to guess: choose another
            1234567890                   | jane.smith    | This password is too common and easy to guess: choose another
            aaaaaaaaaaaa                 | jane.smith    | This password is too common and easy to guess: choose another
            """)
    void newPasswordsFollowTheRules(String password, String username, String expected) {
        var errors = PasswordRules.check("newPassword", username, password);

        if (expected == null) {
            assertThat(errors).as("errors for %s", password).isEmpty();
        } else {
            assertThat(errors).as("errors for %s", password).containsExactly(new FieldMessage("newPassword", expected));
        }
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({ "72, true", "73, false" })
    void passwordsLongerThanTheHashCanReadAreRejected(int length, boolean accepted) {
        var errors = PasswordRules.check("newPassword", "jane.smith", "abcdefghij".repeat(8).substring(0, length));

        assertThat(errors.isEmpty()).as("accepted at %d characters", length).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "attempt {0}")
    @CsvSource({ "1", "2", "3" })
    void oneTimePasswordsAreLongAndUnalike(int attempt) {
        String first = OneTimePasswords.generate();
        String second = OneTimePasswords.generate();

        assertThat(first).as("one-time password").hasSize(16).matches("[a-zA-Z2-9]+").doesNotContain("0", "O", "1", "l", "I");
        assertThat(first).as("two in a row").isNotEqualTo(second);
        assertThat(PasswordRules.check("newPassword", "admin", first)).as("rules for a one-time password").isEmpty();
    }
}
