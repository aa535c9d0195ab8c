package org.learnloop.people;

import java.util.UUID;

/**
 * A one-time password just set for a person, the only time it is shown: the administrator passes
 * it on, and the person must replace it when they first sign in. Only its hash is kept.
 */
public record NewPassword(UUID personId, String username, String oneTimePassword) {
}
