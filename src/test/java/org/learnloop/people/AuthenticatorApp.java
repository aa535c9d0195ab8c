package org.learnloop.people;

import java.time.Instant;

/**
 * What a person's authenticator app shows, for tests outside this module that sign people up to
 * two-step verification: the code of a secret now, computed as {@link TotpTests} checks against
 * the test vectors of RFC 6238.
 */
public final class AuthenticatorApp {

    private AuthenticatorApp() {
    }

    /** The six-digit code the app shows now for the secret typed into it. */
    public static String codeNow(String secret) {
        return Totp.code(secret, Totp.step(Instant.now()));
    }
}
