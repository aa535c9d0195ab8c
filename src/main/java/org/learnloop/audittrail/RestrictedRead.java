package org.learnloop.audittrail;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's reads of one restricted record (a safeguarding or speak-up concern) over a period:
 * who, which record, how many times, and when first and last.
 */
public record RestrictedRead(UUID readerId, String readerUsername, String readerName, String recordType,
        UUID recordId, String reference, long times, Instant firstReadAt, Instant lastReadAt) {

    private static final Pattern REFERENCE = Pattern.compile("\\b[A-Z0-9]{1,12}-\\d{4}-\\d{4,}\\b");

    /**
     * The record's reference as the entry's description gives it ("Opened restricted OAK-2026-0042"
     * gives {@code OAK-2026-0042}), or the whole description when it holds no reference.
     */
    static String referenceIn(String description) {
        if (description == null) {
            return null;
        }
        Matcher matcher = REFERENCE.matcher(description);
        String reference = null;
        while (matcher.find()) {
            reference = matcher.group();
        }
        return reference != null ? reference : description;
    }
}
