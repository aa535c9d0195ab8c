package org.learnloop.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guards signing in against guessing. Every wrong password or two-step verification code counts;
 * {@link PeopleSettings#lockoutThreshold()} of them in a row lock the account for
 * {@link PeopleSettings#lockoutDuration()}, during which even the right password is refused. A
 * successful sign-in starts the count again. Each failure and each lockout goes to the audit
 * trail; attempts refused while locked are only logged, so that a flood of them cannot fill it.
 *
 * <p>The password is checked before this is asked (it is slow, and must not hold the row), and the
 * attempt is then settled with the person's row locked, so that attempts made at the same moment
 * are counted one after another: once an account locks, no attempt still in flight gets through.
 */
@Service
@Transactional
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final SignInStore store;
    private final PeopleSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final UnknownUsernames unknown = new UnknownUsernames();

    SignInAttempts(SignInStore store, PeopleSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    /** Where a person is signing in, as the audit trail says it. */
    enum Route {
        PAGE("on the sign-in page"),
        API("through the API with HTTP Basic");

        private final String where;

        Route(String where) {
            this.where = where;
        }
    }

    /** How an attempt ended. */
    sealed interface Outcome {

        /** Right, and not locked. */
        record Accepted() implements Outcome {
        }

        /** Wrong, and counted. */
        record Wrong() implements Outcome {
        }

        /** Refused because the account is locked, whether or not the attempt was right. */
        record Locked(Instant until) implements Outcome {

            /** Whole minutes left, rounded up: "try again in 15 minutes". */
            int minutesLeft(Instant now) {
                long seconds = Math.max(0, Duration.between(now, until).getSeconds());
                return (int) Math.max(1, (seconds + 59) / 60);
            }
        }
    }

    /**
     * Settles a password attempt: refused while locked, counted when wrong. When right, the count
     * starts again, unless the person uses two-step verification: then the code finishes signing
     * in, and only a right code starts the count again.
     */
    Outcome password(Actor person, boolean right, Route route) {
        Instant now = clock.instant();
        SignInStore.Standing standing = store.standingForUpdate(person.organisationId(), person.personId())
                .orElse(null);
        if (standing == null) {
            return new Outcome.Wrong();
        }
        if (standing.lockedAt(now)) {
            log.info("Sign-in {} refused: person {} is locked until {}", route.where, person.personId(),
                    standing.lockedUntil());
            return new Outcome.Locked(standing.lockedUntil());
        }
        if (!right) {
            return fail(person, standing, now, "Failed sign-in " + route.where + ": wrong password");
        }
        if (standing.totpSecret() == null) {
            store.clear(person.organisationId(), person.personId());
        }
        return new Outcome.Accepted();
    }

    /**
     * Settles the two-step verification code of someone who gave the right password. A code is
     * right once: the step it belongs to is kept, and no code of that step or earlier works again.
     */
    Outcome code(Actor person, String code) {
        Instant now = clock.instant();
        SignInStore.Standing standing = store.standingForUpdate(person.organisationId(), person.personId())
                .orElse(null);
        if (standing == null) {
            return new Outcome.Wrong();
        }
        if (standing.lockedAt(now)) {
            log.info("Sign-in code refused: person {} is locked until {}", person.personId(), standing.lockedUntil());
            return new Outcome.Locked(standing.lockedUntil());
        }
        if (standing.totpSecret() != null) {
            OptionalLong step = Totp.matchingStep(standing.totpSecret(), code, now,
                    standing.totpLastStep() == null ? Long.MIN_VALUE : standing.totpLastStep());
            if (step.isEmpty()) {
                return fail(person, standing, now, "Failed sign-in: wrong two-step verification code");
            }
            store.codeUsed(person.organisationId(), person.personId(), step.getAsLong());
        }
        store.clear(person.organisationId(), person.personId());
        return new Outcome.Accepted();
    }

    /** A wrong password for a username that belongs to nobody: logged, and counted in memory only. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Outcome unknownUsername(String username, Route route) {
        Optional<Instant> locked = unknown.failed(username, clock.instant(), settings.lockoutThreshold(),
                settings.lockoutDuration());
        log.info("Failed sign-in {} with an unknown username '{}'", route.where, printable(username));
        return locked.<Outcome>map(Outcome.Locked::new).orElseGet(Outcome.Wrong::new);
    }

    private Outcome fail(Actor person, SignInStore.Standing standing, Instant now, String description) {
        int failures = standing.failedSignIns() + 1;
        events.publishEvent(new SignInFailed(person.organisationId(), now, person.personId(), description));
        if (failures < settings.lockoutThreshold()) {
            store.failures(person.organisationId(), person.personId(), failures);
            return new Outcome.Wrong();
        }
        Instant until = now.plus(settings.lockoutDuration());
        store.lock(person.organisationId(), person.personId(), until);
        events.publishEvent(new AccountLocked(person.organisationId(), now, person.personId(), until, failures));
        log.warn("Person {} locked until {} after {} failed sign-ins in a row", person.personId(), until, failures);
        return new Outcome.Locked(until);
    }

    /** A username as typed, safe to write to the log: printable characters only, and not too long. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder();
        text.codePoints().limit(100).forEach(c -> safe.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? '?' : c));
        return safe.toString();
    }
}
