package org.learnloop.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member of staff as their administrator sees them: who they are, what they do, where they
 * work, and whether they may sign in. {@code mustChangePassword} means they hold a one-time
 * password they have not yet replaced; {@code lockedUntil}, when there is one, that too many failed
 * sign-ins in a row locked them out until then; {@code twoStepVerification}, that signing in asks
 * them for a code from their authenticator app.
 */
public record StaffMember(UUID id, String username, String displayName, String email, Role role,
        List<ServiceSummary> services, boolean enabled, boolean mustChangePassword, Instant createdAt, int version,
        Instant lockedUntil, boolean twoStepVerification) {

    public StaffMember {
        services = List.copyOf(services);
    }

    public List<UUID> serviceIds() {
        return services.stream().map(ServiceSummary::id).toList();
    }

    /** As seen at {@code now}: a lockout that has ended is no lockout. */
    StaffMember seenAt(Instant now) {
        if (lockedUntil == null || lockedUntil.isAfter(now)) {
            return this;
        }
        return new StaffMember(id, username, displayName, email, role, services, enabled, mustChangePassword, createdAt,
                version, null, twoStepVerification);
    }
}
