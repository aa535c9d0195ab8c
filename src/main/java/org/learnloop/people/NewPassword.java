package org.learnloop.people;

import java.io.Serializable;
import java.util.UUID;

/**
 * A one-time password just set for a person, the only time it is shown: the administrator passes
 * it on, and the person must replace it when they first sign in. It reaches the page that shows it
 * as a flash attribute, through the session, so it is serialisable.
 */
public record NewPassword(UUID personId, String username, String oneTimePassword) implements Serializable {
}
