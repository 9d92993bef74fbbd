package app.gaitway.security.secondfactor;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords as every authenticator app makes them: RFC 6238 over RFC 4226 HOTP, with
 * HMAC-SHA1, 30-second steps and 6 digits (the defaults the apps assume when the otpauth address names none).
 * <p>
 * A code of the step before or after the current one is accepted too, for a phone clock a little off and a code
 * typed as it changes (RFC 6238 section 5.2 recommends at most one step of drift either way). A code is accepted
 * only for a step later than the last step accepted for the account, so a code seen over a shoulder cannot be
 * used again, nor an older one (RFC 6238 section 5.2: "the verifier MUST NOT accept the second attempt of the
 * same OTP after the successful validation has been issued for the first OTP").
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps either side of the current one that are accepted. */
    static final int DRIFT_STEPS = 1;

    private static final String ALGORITHM = "HmacSHA1";
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {}

    /** RFC 4226 section 5.3: HMAC-SHA1 of the counter, dynamically truncated to {@code digits} decimal digits. */
    static String hotp(byte[] key, long counter, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        } catch (GeneralSecurityException e) {
            // HmacSHA1 is in every JDK: this is a broken runtime, not a bad input
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /** The RFC 6238 time step an instant falls in (T0 = 0, X = 30 s). */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code an authenticator shows at that instant. */
    public static String code(byte[] key, Instant at) {
        return hotp(key, step(at), DIGITS);
    }

    /**
     * The step a typed code belongs to, if it is the code of the current step or one step either side and that
     * step is later than {@code lastUsedStep} (-1 when none was used yet). The caller records the step as used
     * (atomically: two requests with the same code must not both pass).
     */
    public static OptionalLong matchingStep(byte[] key, String typed, Instant now, long lastUsedStep) {
        String code = normalized(typed);
        if (code == null) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        // every candidate is computed and compared, so the time taken does not tell which step matched
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            boolean same = java.security.MessageDigest.isEqual(
                    hotp(key, step, DIGITS).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    code.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            if (same && step > lastUsedStep && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /** Whether the typed text looks like an authenticator code (six digits, spaces allowed), not a recovery code. */
    public static boolean looksLikeCode(String typed) {
        return normalized(typed) != null;
    }

    private static String normalized(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replace(" ", "").strip();
        return digits.length() == DIGITS && digits.chars().allMatch(c -> c >= '0' && c <= '9') ? digits : null;
    }
}
