package org.learnloop.audittrail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What one entry of the trail says, before it takes its place in the organisation's chain: who did
 * what to which record, and when.
 */
record EntryContent(UUID organisationId, UUID actorId, String action, String subjectType, UUID subjectId,
        String description, Instant at) {

    static final int DESCRIPTION_MAX = 1000;

    /**
     * A new entry, made exactly as the database will keep it, so that its hash can be computed again
     * from the stored row: the time to the microsecond (what both databases store), the description
     * cut to its column's length without splitting a character, and without NUL characters (which
     * PostgreSQL cannot store).
     */
    static EntryContent recorded(UUID organisationId, UUID actorId, String action, String subjectType,
            UUID subjectId, String description, Instant at) {
        return new EntryContent(organisationId, actorId, action, subjectType, subjectId, storable(description),
                at.truncatedTo(ChronoUnit.MICROS));
    }

    private static String storable(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
        if (clean.length() <= DESCRIPTION_MAX) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(DESCRIPTION_MAX - 1)) ? DESCRIPTION_MAX - 1 : DESCRIPTION_MAX;
        return clean.substring(0, end);
    }
}
