package org.learnloop.people;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How signing in is guarded, under {@code learnloop.people}. Each setting left out takes the
 * default below.
 *
 * @param lockoutThreshold failed sign-ins in a row (wrong password or wrong code) that lock an account (5)
 * @param lockoutDuration how long a locked account refuses every sign-in, even with the right password (15 minutes)
 * @param signInCodeTimeout how long after the right password the two-step verification code may be entered (5 minutes)
 */
@ConfigurationProperties("learnloop.people")
public record PeopleSettings(Integer lockoutThreshold, Duration lockoutDuration, Duration signInCodeTimeout) {

    public PeopleSettings {
        lockoutThreshold = lockoutThreshold == null ? 5 : lockoutThreshold;
        if (lockoutThreshold < 1) {
            throw new IllegalArgumentException("learnloop.people.lockout-threshold must be 1 or more");
        }
        lockoutDuration = positive(lockoutDuration == null ? Duration.ofMinutes(15) : lockoutDuration,
                "lockout-duration");
        signInCodeTimeout = positive(signInCodeTimeout == null ? Duration.ofMinutes(5) : signInCodeTimeout,
                "sign-in-code-timeout");
    }

    /** The defaults, as shipped. */
    public static PeopleSettings defaults() {
        return new PeopleSettings(null, null, null);
    }

    private static Duration positive(Duration value, String name) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("learnloop.people." + name + " must be longer than zero");
        }
        return value;
    }
}
