package org.learnloop.people;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a username and password, on the sign-in page or with HTTP Basic on the API, and counts
 * the attempt with {@link SignInAttempts}. The password is always checked, even for a username
 * that belongs to nobody or an account that is locked, so that how long the answer takes tells
 * nothing. A person who uses two-step verification is not signed in by their password alone: the
 * sign-in page goes on to ask for their code, and HTTP Basic is refused (they use a personal API
 * token instead).
 */
final class SignInProvider implements AuthenticationProvider {

    private final Accounts accounts;
    private final SignInAttempts attempts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final SignInAttempts.Route route;
    private volatile String unknownPasswordHash;

    SignInProvider(Accounts accounts, SignInAttempts attempts, PasswordEncoder encoder, Clock clock,
            SignInAttempts.Route route) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.encoder = encoder;
        this.clock = clock;
        this.route = route;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Optional<Accounts.SignedInPerson> found = username == null || username.isBlank() ? Optional.empty()
                : accounts.findByUsername(username);
        if (found.isEmpty()) {
            matches(password, unknownPasswordHash());
            throw refusal(attempts.unknownUsername(username, route));
        }
        Accounts.SignedInPerson person = found.get();
        SignInAttempts.Outcome outcome = attempts.password(person.actor(), matches(password, person.getPassword()),
                route);
        if (!(outcome instanceof SignInAttempts.Outcome.Accepted)) {
            throw refusal(outcome);
        }
        if (!person.isEnabled()) {
            throw new DisabledException("This person may not sign in");
        }
        if (person.twoStep() && route == SignInAttempts.Route.API) {
            throw new UseApiToken();
        }
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities());
        signedIn.setDetails(authentication.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private boolean matches(String password, String hash) {
        if (PasswordRules.tooLong(password)) {
            return false;
        }
        try {
            return encoder.matches(password, hash);
        } catch (IllegalArgumentException unreadableHash) {
            return false;
        }
    }

    /** A hash to check a password against when there is no account, so that it takes as long as when there is. */
    private String unknownPasswordHash() {
        String hash = unknownPasswordHash;
        if (hash == null) {
            hash = encoder.encode("no account has this password " + System.nanoTime());
            unknownPasswordHash = hash;
        }
        return hash;
    }

    private AuthenticationException refusal(SignInAttempts.Outcome outcome) {
        if (outcome instanceof SignInAttempts.Outcome.Locked locked) {
            return new LockedOut(locked.minutesLeft(clock.instant()));
        }
        return new BadCredentialsException("The username or password is not right");
    }

    /** Too many failed sign-ins in a row: refused, whatever was entered, for some minutes yet. */
    static final class LockedOut extends LockedException {

        private final int minutes;

        LockedOut(int minutes) {
            super("Too many failed sign-ins: try again in " + minutes + (minutes == 1 ? " minute" : " minutes"));
            this.minutes = minutes;
        }

        int minutes() {
            return minutes;
        }
    }

    /** HTTP Basic for someone who uses two-step verification: a password alone is not enough. */
    static final class UseApiToken extends AuthenticationException {

        UseApiToken() {
            super("This account uses two-step verification: use a personal API token");
        }
    }
}
