package org.learnloop.people;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.learnloop.shared.InvalidRequest.FieldMessage;
import org.learnloop.shared.PlainText;

/**
 * What a password a person chooses must be: long enough to resist guessing (the NCSC's advice is
 * length over complexity), not their username, and not one of the passwords that attackers try
 * first. No rules on mixing letters, digits and symbols: they make passwords harder to remember,
 * not harder to guess.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 10;

    /** The password hash (bcrypt) reads no more than 72 bytes. */
    static final int MAX_BYTES = 72;

    /** Common passwords of at least {@value #MIN_LENGTH} characters; shorter ones fail on length anyway. */
    private static final Set<String> COMMON = Set.of("1234567890", "0987654321", "1234567891", "0123456789",
            "12345678910", "123456789a", "a123456789", "abc1234567", "abcd123456", "abcdefghij", "qwertyuiop",
            "qwerty1234", "qwerty12345", "1q2w3e4r5t", "1qaz2wsx3edc", "zaq12wsxcde", "qazwsxedcrfv",
            "123qweasdzxc", "password12", "password123", "password1234", "password!!", "passw0rd123",
            "p@ssw0rd123", "iloveyou12", "iloveyou123", "letmein123", "welcome123", "welcome1234", "changeme123",
            "administrator", "football123", "monkey12345", "sunshine123", "princess123", "superman123",
            "trustno1234", "learnloop1", "learnloop123", "carehome123", "caresupport");

    private PasswordRules() {
    }

    /** Everything wrong with a new password for this username, reported on {@code field}. */
    static List<FieldMessage> check(String field, String username, String password) {
        List<FieldMessage> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(new FieldMessage(field, "Enter a new password"));
        } else if (password.length() < MIN_LENGTH) {
            errors.add(new FieldMessage(field, "Password must be at least " + MIN_LENGTH + " characters"));
        } else if (tooLong(password)) {
            errors.add(new FieldMessage(field, "Password must be " + MAX_BYTES + " characters or fewer"));
        } else if (PlainText.hasHiddenCharacters(password)) {
            // nobody could type it at the sign-in page, and a line break or tab is as unlikely to be meant
            errors.add(new FieldMessage(field, "Password must not hold control codes, line breaks or right-to-left marks"));
        } else if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
            errors.add(new FieldMessage(field, "Password must not be the same as the username"));
        } else if (common(password)) {
            errors.add(new FieldMessage(field, "This password is too common and easy to guess: choose another"));
        }
        return errors;
    }

    static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    private static boolean common(String password) {
        String lower = password.toLowerCase(Locale.UK);
        return COMMON.contains(lower) || lower.chars().distinct().count() == 1;
    }
}
