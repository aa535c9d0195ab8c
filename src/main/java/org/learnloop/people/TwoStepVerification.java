package org.learnloop.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.learnloop.shared.ConflictingChange;
import org.learnloop.shared.Forbidden;
import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.InvalidRequest.FieldMessage;
import org.learnloop.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step verification for the people whose accounts matter most: managers (who triage, sign
 * off and see the most) and administrators. Once it is on, signing in on the sign-in page asks for
 * the six-digit code of an authenticator app after the password, and HTTP Basic is refused on the
 * API (personal API tokens keep working).
 *
 * <p>Setting it up: Learnloop makes a secret, the person types it into their authenticator app (no
 * QR code: there is no image library, and typing it works in every app), and confirms with a code
 * the app shows and their current password. The secret is shown only while it is being set up.
 * Turning it off asks for the current password too, so that a session left open on a shared office
 * PC cannot be used to change how the account is protected. Each step goes to the audit trail.
 */
@Service
@Transactional
public class TwoStepVerification {

    /** The name authenticator apps show beside the code. */
    static final String ISSUER = "Learnloop";

    private final SignInStore signIns;
    private final StaffStore staff;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TwoStepVerification(SignInStore signIns, StaffStore staff, PasswordEncoder encoder, Clock clock,
            ApplicationEventPublisher events) {
        this.signIns = signIns;
        this.staff = staff;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
    }

    /**
     * What to type into an authenticator app: the secret in Base32, and the same as an
     * {@code otpauth://} address for apps that take one.
     */
    public record Setup(String secret, String uri) {

        /** The secret in groups of four characters, easier to type. */
        public String groupedSecret() {
            return Totp.grouped(secret);
        }
    }

    /** Whether two-step verification is offered to this role: managers and administrators. */
    public static boolean offeredTo(Role role) {
        return role.manages() || role == Role.ADMINISTRATOR;
    }

    /** Whether the person's sign-in asks for a code. */
    @Transactional(readOnly = true)
    public boolean isOn(Actor actor) {
        return state(actor).secret() != null;
    }

    /** The set-up the person started and has not yet confirmed, if any. */
    @Transactional(readOnly = true)
    public Optional<Setup> pendingSetup(Actor actor) {
        SignInStore.TwoStep state = state(actor);
        if (state.secret() != null || state.pendingSecret() == null) {
            return Optional.empty();
        }
        return Optional.of(setup(actor, state.pendingSecret()));
    }

    /** Makes a new secret to type into an authenticator app. Nothing changes at sign-in until it is confirmed. */
    public Setup begin(Actor actor) {
        requireOffered(actor);
        if (state(actor).secret() != null) {
            throw alreadyOn();
        }
        String secret = Totp.newSecret();
        signIns.pendingSecret(actor.organisationId(), actor.personId(), secret);
        events.publishEvent(new TwoStepVerificationChanged(actor.organisationId(), actor.personId(), clock.instant(),
                actor.personId(), TwoStepVerificationChanged.Change.SET_UP_STARTED));
        return setup(actor, secret);
    }

    /** Turns it on, with a code from the app (proof that the secret was typed in right) and the current password. */
    public void turnOn(Actor actor, String code, String currentPassword) {
        requireOffered(actor);
        SignInStore.TwoStep state = state(actor);
        if (state.secret() != null) {
            throw alreadyOn();
        }
        if (state.pendingSecret() == null) {
            throw InvalidRequest.of("code", "Start setting up two-step verification first");
        }
        Instant now = clock.instant();
        List<FieldMessage> errors = new ArrayList<>();
        OptionalLong step = OptionalLong.empty();
        if (code == null || code.isBlank()) {
            errors.add(new FieldMessage("code", "Enter the 6-digit code from your authenticator app"));
        } else {
            step = Totp.matchingStep(state.pendingSecret(), code, now, Long.MIN_VALUE);
            if (step.isEmpty()) {
                errors.add(new FieldMessage("code", "The code is not right: check that you typed the key in exactly, "
                        + "and enter the code your app shows now"));
            }
        }
        checkPassword(actor, currentPassword, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        if (!signIns.enable(actor.organisationId(), actor.personId(), state.pendingSecret(), step.getAsLong())) {
            throw ConflictingChange.on("Your two-step verification");
        }
        events.publishEvent(new TwoStepVerificationChanged(actor.organisationId(), actor.personId(), now,
                actor.personId(), TwoStepVerificationChanged.Change.TURNED_ON));
    }

    /** Turns it off, with the current password. Off already: nothing to do. */
    public void turnOff(Actor actor, String currentPassword) {
        List<FieldMessage> errors = new ArrayList<>();
        checkPassword(actor, currentPassword, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        if (signIns.disable(actor.organisationId(), actor.personId())) {
            events.publishEvent(new TwoStepVerificationChanged(actor.organisationId(), actor.personId(), clock.instant(),
                    actor.personId(), TwoStepVerificationChanged.Change.TURNED_OFF));
        }
    }

    private SignInStore.TwoStep state(Actor actor) {
        return signIns.twoStep(actor.organisationId(), actor.personId())
                .orElseThrow(() -> NotFound.of("Person", actor.personId()));
    }

    private static Setup setup(Actor actor, String secret) {
        return new Setup(secret, Totp.uri(ISSUER, actor.username(), secret));
    }

    private static void requireOffered(Actor actor) {
        if (!offeredTo(actor.role())) {
            throw Forbidden.because("Two-step verification is for managers and administrators.");
        }
    }

    private static ConflictingChange alreadyOn() {
        return new ConflictingChange("Two-step verification is already on. Turn it off first to set it up again.");
    }

    private void checkPassword(Actor actor, String currentPassword, List<FieldMessage> errors) {
        String hash = staff.passwordHash(actor.organisationId(), actor.personId())
                .orElseThrow(() -> NotFound.of("Person", actor.personId()));
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new FieldMessage("currentPassword", "Enter your current password"));
        } else if (PasswordRules.tooLong(currentPassword) || !encoder.matches(currentPassword, hash)) {
            errors.add(new FieldMessage("currentPassword", "Your current password is not right"));
        }
    }
}
