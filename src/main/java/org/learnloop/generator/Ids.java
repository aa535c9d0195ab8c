package org.learnloop.generator;

import java.util.Random;
import java.util.UUID;

/**
 * Ids of generated rows. A service's records get version 8 UUIDs numbered in the order its history
 * makes them: the service's place in the list, then a counter, then random bits from the service's
 * seeded source. Written one service after another, their rows go to the end of every index on an
 * id, as rows appended in time would, instead of to a random page of an index of millions: on H2
 * that makes the bulk load several times faster. Finding a record by its id is the same as for the
 * random (version 4) ids Learnloop gives the records it makes, and both kinds live side by side.
 */
final class Ids {

    private final long service;
    private final Random random;
    private long counter;

    /** The ids of the service at this place in the list (up to 65,535 services), seeded by its source. */
    Ids(int serviceIndex, Random random) {
        if (serviceIndex < 0 || serviceIndex >= 0xFFFF) {
            throw new IllegalArgumentException("At most 65,535 services: " + serviceIndex);
        }
        this.service = serviceIndex + 1L;
        this.random = random;
    }

    /** The next id, greater than every id this service was given before. */
    UUID next() {
        counter++;
        long most = service << 48 | (counter & 0xFFFFFFFFL) << 16 | 0x8000L | random.nextInt(0x1000);
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /** A random (version 4) id from a seeded source, for the group's own records. */
    static UUID from(Random random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /** For ids nothing else refers to and no index orders (audit entries), where the run need not repeat itself. */
    static UUID random() {
        return from(java.util.concurrent.ThreadLocalRandom.current());
    }
}
