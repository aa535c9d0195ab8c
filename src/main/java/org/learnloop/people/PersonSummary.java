package org.learnloop.people;

import java.util.UUID;

/** A member of staff as other modules see them: enough to name a lead or list who has read a lesson. */
public record PersonSummary(UUID id, String username, String displayName, Role role) {
}
