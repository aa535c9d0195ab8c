package org.learnloop.generator;

import java.util.Random;
import java.util.UUID;

/** Random (version 4) UUIDs: from a seeded source where the data must be the same each run. */
final class Ids {

    private Ids() {
    }

    /** For ids nothing else refers to (audit entries), where the run need not repeat itself. */
    static UUID random() {
        return from(java.util.concurrent.ThreadLocalRandom.current());
    }

    static UUID from(Random random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
