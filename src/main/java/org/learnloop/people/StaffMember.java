package org.learnloop.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member of staff as their administrator sees them: who they are, what they do, where they
 * work, and whether they may sign in. {@code mustChangePassword} means they hold a one-time
 * password they have not yet replaced.
 */
public record StaffMember(UUID id, String username, String displayName, String email, Role role,
        List<ServiceSummary> services, boolean enabled, boolean mustChangePassword, Instant createdAt, int version) {

    public StaffMember {
        services = List.copyOf(services);
    }

    public List<UUID> serviceIds() {
        return services.stream().map(ServiceSummary::id).toList();
    }
}
