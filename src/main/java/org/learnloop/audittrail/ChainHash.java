package org.learnloop.audittrail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hash that ties an entry to everything recorded before it in its organisation's trail, so that
 * changing or removing any entry breaks the chain from that point on.
 * <p>
 * The hash is SHA-256, written as 64 lowercase hexadecimal digits, over the UTF-8 bytes of this
 * canonical form (version 1): the fields
 * <ol>
 * <li>the text {@code learnloop-audit-1},</li>
 * <li>the entry's sequence number in its organisation's chain, in decimal,</li>
 * <li>the organisation's id, the actor's id,</li>
 * <li>the action ({@code CHANGE} or {@code READ}), the subject type and the subject's id,</li>
 * <li>the description,</li>
 * <li>the time in UTC as {@code 2026-11-20T14:30:00.000000Z} (always six digits of fraction),</li>
 * <li>the previous entry's hash (64 zeros before the first entry),</li>
 * </ol>
 * each written as its length in UTF-8 bytes, a colon, the value and a comma ({@code 4:READ,}), and
 * an absent value (no actor, no subject id, no description) as {@code -,}. Ids are lowercase UUIDs.
 * The lengths make the form unambiguous whatever a description contains.
 */
final class ChainHash {

    /** The previous hash of an organisation's first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "learnloop-audit-1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ChainHash() {
    }

    static String of(long sequence, EntryContent entry, String previousHash) {
        return sha256(canonical(sequence, entry, previousHash));
    }

    /** The hash this entry should carry, computed again from what it says. */
    static String of(ChainedEntry entry) {
        return of(entry.sequence(), entry.content(), entry.previousHash());
    }

    static String canonical(long sequence, EntryContent entry, String previousHash) {
        StringBuilder text = new StringBuilder(256);
        field(text, VERSION);
        field(text, Long.toString(sequence));
        field(text, id(entry.organisationId()));
        field(text, id(entry.actorId()));
        field(text, entry.action());
        field(text, entry.subjectType());
        field(text, id(entry.subjectId()));
        field(text, entry.description());
        field(text, entry.at() == null ? null : time(entry.at()));
        field(text, previousHash);
        return text.toString();
    }

    static String time(Instant at) {
        return TIME.format(at);
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-,");
        } else {
            text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append(',');
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
