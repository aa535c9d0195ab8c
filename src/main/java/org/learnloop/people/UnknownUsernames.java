package org.learnloop.people;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins with usernames that belong to nobody, counted in memory the same way as for a
 * real account, so that the sign-in page and the API answer exactly as they would for a real one:
 * "too many attempts" after the same number of tries. Otherwise the lockout message itself would
 * tell a stranger which usernames exist. Nothing is written to the database or the audit trail
 * (there is no organisation to write it to), and only the most recent usernames are remembered.
 */
final class UnknownUsernames {

    private static final int REMEMBERED = 10_000;
    private static final int LONGEST = 100;

    private record Tries(int failures, Instant lockedUntil) {
    }

    private final Map<String, Tries> tries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tries> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** Counts a failure; answers until when the username is locked, if it is (now or from now). */
    synchronized Optional<Instant> failed(String username, Instant now, int threshold, Duration lockout) {
        String key = key(username);
        Tries previous = tries.get(key);
        if (previous != null && previous.lockedUntil() != null && previous.lockedUntil().isAfter(now)) {
            return Optional.of(previous.lockedUntil());
        }
        int failures = (previous == null ? 0 : previous.failures()) + 1;
        if (failures >= threshold) {
            Instant until = now.plus(lockout);
            tries.put(key, new Tries(0, until));
            return Optional.of(until);
        }
        tries.put(key, new Tries(failures, null));
        return Optional.empty();
    }

    private static String key(String username) {
        String key = username == null ? "" : username;
        return key.length() > LONGEST ? key.substring(0, LONGEST) : key;
    }
}
