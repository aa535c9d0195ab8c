package org.learnloop.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.learnloop.shared.InvalidRequest;
import org.learnloop.shared.InvalidRequest.FieldMessage;
import org.learnloop.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person changing their own password. The current password is asked for even when signed in,
 * so that a session left open on a shared office PC cannot be used to take the account over.
 * Choosing a password ends the need to change a one-time password.
 */
@Service
@Transactional
public class Passwords {

    private final StaffStore staff;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Passwords(StaffStore staff, PasswordEncoder encoder, Clock clock, ApplicationEventPublisher events) {
        this.staff = staff;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
    }

    public void change(Actor actor, String currentPassword, String newPassword) {
        String hash = staff.passwordHash(actor.organisationId(), actor.personId())
                .orElseThrow(() -> NotFound.of("Person", actor.personId()));
        List<FieldMessage> errors = new ArrayList<>();
        boolean currentIsRight = false;
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new FieldMessage("currentPassword", "Enter your current password"));
        } else if (PasswordRules.tooLong(currentPassword) || !encoder.matches(currentPassword, hash)) {
            errors.add(new FieldMessage("currentPassword", "Your current password is not right"));
        } else {
            currentIsRight = true;
        }
        List<FieldMessage> rules = PasswordRules.check("newPassword", actor.username(), newPassword);
        errors.addAll(rules);
        if (rules.isEmpty() && currentIsRight && newPassword.equals(currentPassword)) {
            errors.add(new FieldMessage("newPassword", "Your new password must be different from your current password"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        Instant now = clock.instant();
        staff.setPassword(actor.organisationId(), actor.personId(), encoder.encode(newPassword), false);
        events.publishEvent(new PasswordChanged(actor.organisationId(), actor.personId(), now, actor.personId()));
    }

    /** Whether the person still holds a one-time password that someone else set. */
    @Transactional(readOnly = true)
    public boolean mustChange(Actor actor) {
        return staff.person(actor.organisationId(), actor.personId()).map(StaffMember::mustChangePassword).orElse(false);
    }
}
