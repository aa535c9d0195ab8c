package org.learnloop.people;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person, as every application service sees them: which provider, which role, which
 * services. Passed explicitly into every service call so that access is checked where the data is.
 * Serializable because it is part of a signed-in session, which is kept in the database.
 */
public record Actor(UUID personId, UUID organisationId, String username, String displayName, Role role,
        Set<UUID> serviceIds) implements Serializable {

    public Actor {
        serviceIds = Set.copyOf(serviceIds);
    }

    public boolean belongsTo(UUID serviceId) {
        return serviceIds.contains(serviceId);
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    public boolean manages() {
        return role.manages();
    }

    public boolean providerWide() {
        return role.providerWide();
    }
}
