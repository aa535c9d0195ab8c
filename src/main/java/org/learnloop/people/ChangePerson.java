package org.learnloop.people;

import java.util.Collection;
import java.util.UUID;

/**
 * What an administrator may change about a person: their role, their services and whether they
 * may sign in. {@code version} is the version the administrator opened, or null to skip the check.
 */
public record ChangePerson(Role role, Collection<UUID> serviceIds, Boolean enabled, Integer version) {
}
