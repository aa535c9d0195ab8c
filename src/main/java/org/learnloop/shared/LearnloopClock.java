package org.learnloop.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The one clock every service reads. It tells the real time (UTC), except inside {@link #at}: the
 * demo's history is written through the same services a person uses, each step at the time it
 * would have happened, so that every rule and deadline holds for it too. The override belongs to
 * the calling thread only.
 */
public final class LearnloopClock extends Clock {

    private static final ThreadLocal<Instant> OVERRIDE = new ThreadLocal<>();

    private final Clock system;

    public LearnloopClock(Clock system) {
        this.system = system;
    }

    /** Runs {@code work} on this thread as if it were {@code instant}. */
    public static <T> T at(Instant instant, Supplier<T> work) {
        Instant previous = OVERRIDE.get();
        OVERRIDE.set(instant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant override = OVERRIDE.get();
        return override != null ? override : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return LearnloopClock.this.withZone(other);
            }

            @Override
            public Instant instant() {
                return LearnloopClock.this.instant();
            }
        };
    }
}
