package org.learnloop.people;

import java.security.SecureRandom;

/**
 * Passwords that Learnloop makes up for someone else to pass on: 16 characters from an alphabet
 * without look-alikes (no 0/O, 1/l/I), shown once and stored only as a hash. Whoever signs in
 * with one must choose their own password first.
 */
final class OneTimePasswords {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;

    private OneTimePasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
