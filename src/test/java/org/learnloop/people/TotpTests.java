package org.learnloop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTests {

    /** The seeds of RFC 6238's test vectors: ASCII digits, as long as each hash's block of output. */
    private static final String SEED_SHA1 = "12345678901234567890";
    private static final String SEED_SHA256 = "12345678901234567890123456789012";
    private static final String SEED_SHA512 = "1234567890123456789012345678901234567890123456789012345678901234";

    private static byte[] seed(String algorithm) {
        String seed = switch (algorithm) {
            case "HmacSHA1" -> SEED_SHA1;
            case "HmacSHA256" -> SEED_SHA256;
            case "HmacSHA512" -> SEED_SHA512;
            default -> throw new IllegalArgumentException(algorithm);
        };
        return seed.getBytes(StandardCharsets.US_ASCII);
    }

    /** RFC 6238, Appendix B: eight digits, 30-second steps from the Unix epoch. */
    @ParameterizedTest(name = "{1} at {0}")
    @CsvSource(delimiter = '|', textBlock = """
            59          | HmacSHA1   | 94287082
            59          | HmacSHA256 | 46119246
            59          | HmacSHA512 | 90693936
            1111111109  | HmacSHA1   | 07081804
            1111111109  | HmacSHA256 | 68084774
            1111111109  | HmacSHA512 | 25091201
            1111111111  | HmacSHA1   | 14050471
            1111111111  | HmacSHA256 | 67062674
            1111111111  | HmacSHA512 | 99943326
            1234567890  | HmacSHA1   | 89005924
            1234567890  | HmacSHA256 | 91819424
            1234567890  | HmacSHA512 | 93441116
            2000000000  | HmacSHA1   | 69279037
            2000000000  | HmacSHA256 | 90698825
            2000000000  | HmacSHA512 | 38618901
            20000000000 | HmacSHA1   | 65353130
            20000000000 | HmacSHA256 | 77737706
            20000000000 | HmacSHA512 | 47863826
            """)
    void codesMatchTheTestVectorsOfRfc6238(long epochSeconds, String algorithm, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(epochSeconds));

        assertThat(Totp.code(algorithm, seed(algorithm), step, 8)).as("code at %d", epochSeconds).isEqualTo(expected);
    }

    /** RFC 4226, Appendix D: the HOTP values that TOTP is built on, six digits. */
    @ParameterizedTest(name = "counter {0}")
    @CsvSource({ "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314", "5, 254676", "6, 287922",
            "7, 162583", "8, 399871", "9, 520489" })
    void sixDigitCodesMatchTheTestVectorsOfRfc4226(long counter, String expected) {
        assertThat(Totp.code(Totp.SHA1, seed("HmacSHA1"), counter, Totp.DIGITS)).isEqualTo(expected);
    }

    @Test
    void sixDigitCodeOfABase32SecretIsTheSha1Code() {
        String secret = Totp.Base32.encode(seed("HmacSHA1"));

        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(secret, 1)).as("last six digits of 94287082").isEqualTo("287082");
    }

    /** RFC 4648, section 10, without the padding that authenticator apps do not need. */
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({ "'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
    void base32MatchesTheTestVectorsOfRfc4648(String text, String encoded) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

        assertThat(Totp.Base32.encode(bytes)).isEqualTo(encoded);
        assertThat(Totp.Base32.decode(encoded)).isEqualTo(bytes);
        assertThat(Totp.Base32.decode(encoded.toLowerCase() + "=")).as("lower case, padded").isEqualTo(bytes);
    }

    @Test
    void base32RefusesCharactersOutsideItsAlphabet() {
        assertThatThrownBy(() -> Totp.Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newSecretIs160BitsInBase32() {
        String secret = Totp.newSecret();

        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.Base32.decode(secret)).hasSize(20);
        assertThat(Totp.newSecret()).as("a second secret").isNotEqualTo(secret);
    }

    @ParameterizedTest(name = "{0} steps from now")
    @CsvSource({ "-2, false", "-1, true", "0, true", "1, true", "2, false" })
    void codeIsAcceptedOneStepEitherSideOfNow(int offset, boolean accepted) {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-25T10:00:15Z");
        long step = Totp.step(now) + offset;

        var match = Totp.matchingStep(secret, Totp.code(secret, step), now, Long.MIN_VALUE);

        assertThat(match.isPresent()).as("accepted").isEqualTo(accepted);
        if (accepted) {
            assertThat(match.getAsLong()).as("the step the code belongs to").isEqualTo(step);
        }
    }

    @Test
    void codeOfAStepAlreadyUsedIsRefused() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-25T10:00:15Z");
        long step = Totp.step(now);
        String code = Totp.code(secret, step);

        assertThat(Totp.matchingStep(secret, code, now, step - 1)).as("not used yet").hasValue(step);
        assertThat(Totp.matchingStep(secret, code, now, step)).as("used").isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, step)).as("an older one").isEmpty();
    }

    @Test
    void codeTypedWithSpacesIsAccepted() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-25T10:00:15Z");
        String code = Totp.code(secret, Totp.step(now));

        assertThat(Totp.matchingStep(secret, " " + code.substring(0, 3) + " " + code.substring(3) + " ", now,
                Long.MIN_VALUE)).isPresent();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = { "12345", "1234567", "12345a", "abcdef", "١٢٣٤٥٦" })
    void anythingButSixDigitsIsWrong(String entered) {
        assertThat(Totp.normalise(entered)).isNull();
        assertThat(Totp.matchingStep(Totp.newSecret(), entered, Instant.now(), Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void addressForAuthenticatorAppsNamesTheIssuerAndTheAccount() {
        assertThat(Totp.uri("Learnloop", "manager.oak", "JBSWY3DPEHPK3PXP")).isEqualTo(
                "otpauth://totp/Learnloop:manager.oak?secret=JBSWY3DPEHPK3PXP&issuer=Learnloop&algorithm=SHA1"
                        + "&digits=6&period=30");
        assertThat(Totp.uri("Learn loop", "a b", "X")).startsWith("otpauth://totp/Learn%20loop:a%20b?");
    }

    @Test
    void secretIsShownInGroupsOfFour() {
        assertThat(Totp.grouped("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"))
                .isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
        assertThat(Totp.grouped("ABCDEF")).isEqualTo("ABCD EF");
    }
}
