package org.learnloop.people;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them and every authenticator app computes
 * them: HMAC-SHA1 over the number of 30-second steps since 1970 (RFC 4226's HOTP), cut to six
 * digits. A code is accepted one step either side of now, so that a phone whose clock is a few
 * seconds out still works. The shared secret is 160 random bits, written in Base32 (RFC 4648) so
 * that a person can type it into their app.
 */
final class Totp {

    static final String SHA1 = "HmacSHA1";
    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    static final int WINDOW = 1;
    private static final int SECRET_BYTES = 20;
    private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new shared secret, in Base32. */
    static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return Base32.encode(secret);
    }

    /** The time step an instant falls in. */
    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The six-digit code an authenticator app shows for this secret during this step. */
    static String code(String secret, long step) {
        return code(SHA1, Base32.decode(secret), step, DIGITS);
    }

    /** RFC 4226's HOTP value of a counter (here the time step), with any HMAC and number of digits. */
    static String code(String algorithm, byte[] key, long counter, int digits) {
        if (digits < 1 || digits >= POWERS.length) {
            throw new IllegalArgumentException("digits must be 1 to " + (POWERS.length - 1));
        }
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The step of the code entered, if it is the secret's code one step either side of now and
     * later than {@code after} (the step of the last code used, so that no code works twice).
     * Spaces are ignored; anything but six digits is simply wrong.
     */
    static OptionalLong matchingStep(String secret, String entered, Instant now, long after) {
        String code = normalise(entered);
        if (code == null) {
            return OptionalLong.empty();
        }
        byte[] key = Base32.decode(secret);
        long current = step(now);
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if (step > after && MessageDigest.isEqual(code.getBytes(StandardCharsets.US_ASCII),
                    code(SHA1, key, step, DIGITS).getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code as typed, without spaces, if it is six digits. */
    static String normalise(String entered) {
        if (entered == null) {
            return null;
        }
        String code = entered.replace(" ", "").replace("-", "").strip();
        return code.length() == DIGITS && code.chars().allMatch(c -> c >= '0' && c <= '9') ? code : null;
    }

    /** The {@code otpauth://} address that authenticator apps read (the key URI format). */
    static String uri(String issuer, String account, String secret) {
        return "otpauth://totp/" + encode(issuer) + ":" + encode(account) + "?secret=" + secret + "&issuer="
                + encode(issuer) + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** The secret in groups of four, easier to read out and type. */
    static String grouped(String secret) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < secret.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(secret, i, Math.min(secret.length(), i + 4));
        }
        return grouped.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Base32 as RFC 4648 defines it, written without padding and read in either case. */
    static final class Base32 {

        private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        private Base32() {
        }

        static String encode(byte[] data) {
            StringBuilder text = new StringBuilder((data.length * 8 + 4) / 5);
            int buffer = 0;
            int bits = 0;
            for (byte b : data) {
                buffer = (buffer << 8) | (b & 0xff);
                bits += 8;
                while (bits >= 5) {
                    text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 0x1f));
                    bits -= 5;
                }
            }
            if (bits > 0) {
                text.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1f));
            }
            return text.toString();
        }

        static byte[] decode(String text) {
            String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
            ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
            int buffer = 0;
            int bits = 0;
            for (int i = 0; i < clean.length(); i++) {
                int value = ALPHABET.indexOf(clean.charAt(i));
                if (value < 0) {
                    throw new IllegalArgumentException("Not a Base32 character at position " + i);
                }
                buffer = (buffer << 5) | value;
                bits += 5;
                if (bits >= 8) {
                    out.put((byte) (buffer >> (bits - 8)));
                    bits -= 8;
                }
            }
            return out.array();
        }
    }
}
