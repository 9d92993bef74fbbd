package app.gaitway.security.secondfactor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpTest {

    /** The secret of both RFCs' test vectors: the ASCII string "12345678901234567890". */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "counter {0} gives {1}")
    @CsvSource({
        "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314",
        "5, 254676", "6, 287922", "7, 162583", "8, 399871", "9, 520489"
    })
    void hotpMatchesRfc4226AppendixD(long counter, String expected) {
        assertEquals(expected, Totp.hotp(RFC_SECRET, counter, 6));
    }

    /** RFC 6238 Appendix B, the SHA-1 rows (8 digits there; the apps' 6 digits are the same number's last six). */
    @ParameterizedTest(name = "at {0} s: {1}")
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void totpMatchesRfc6238AppendixB(long epochSeconds, String expected) {
        Instant at = Instant.ofEpochSecond(epochSeconds);
        assertEquals(expected, Totp.hotp(RFC_SECRET, Totp.step(at), 8));
        assertEquals(expected.substring(2), Totp.code(RFC_SECRET, at));
    }

    @Test
    void acceptsTheCodesOfTheStepBeforeAndAfterForClockDrift() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(RFC_SECRET, codeAt(step - 1), now, -1));
        assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_SECRET, codeAt(step), now, -1));
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(RFC_SECRET, codeAt(step + 1), now, -1));
    }

    @Test
    void refusesCodesTwoStepsAwayOrMore() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);
        assertTrue(Totp.matchingStep(RFC_SECRET, codeAt(step - 2), now, -1).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, codeAt(step + 2), now, -1).isEmpty());
    }

    @Test
    void refusesACodeOfAStepAlreadyUsedOrEarlier() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);
        assertTrue(Totp.matchingStep(RFC_SECRET, codeAt(step), now, step).isEmpty(), "the same code again");
        assertTrue(Totp.matchingStep(RFC_SECRET, codeAt(step - 1), now, step).isEmpty(), "an older code");
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(RFC_SECRET, codeAt(step + 1), now, step));
    }

    @Test
    void takesSpacesButNothingButSixDigits() {
        Instant now = Instant.ofEpochSecond(59);
        String code = Totp.code(RFC_SECRET, now);
        assertTrue(Totp.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now, -1)
                .isPresent());
        assertTrue(Totp.matchingStep(RFC_SECRET, "94287082", now, -1).isEmpty(), "eight digits");
        assertTrue(Totp.matchingStep(RFC_SECRET, "28708", now, -1).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, "２８７０８２", now, -1).isEmpty(), "full-width digits");
        assertTrue(Totp.matchingStep(RFC_SECRET, null, now, -1).isEmpty());
        assertFalse(Totp.looksLikeCode("abcd-efgh-ijkl-mnop"));
    }

    private static String codeAt(long step) {
        return Totp.hotp(RFC_SECRET, step, Totp.DIGITS);
    }
}
