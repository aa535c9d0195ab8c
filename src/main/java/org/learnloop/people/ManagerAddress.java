package org.learnloop.people;

/**
 * Someone who manages services and has an email address, as they would be signed in: for the
 * emails Learnloop sends on its own (the daily digest), which must show them only what they may see.
 */
public record ManagerAddress(Actor actor, String email) {
}
