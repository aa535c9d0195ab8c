package org.learnloop.people;

import java.util.Collection;
import java.util.UUID;

/**
 * A new member of staff. {@code serviceIds} are the services they work in; provider-wide roles
 * work in every service and take none.
 */
public record AddPerson(String username, String displayName, String email, Role role, Collection<UUID> serviceIds) {

    public static final int USERNAME_MAX = 100;
    public static final int DISPLAY_NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
}
