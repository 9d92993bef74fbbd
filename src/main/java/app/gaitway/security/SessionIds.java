package app.gaitway.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Session ids: 192 bits from {@link SecureRandom}, in base64url (32 characters, each carrying exactly 6 bits). Payara's
 * own ids (Sun's {@code UuidUtil}) are 28 hex characters built from the clock's low bits, an identity hash code and
 * two truncated random ints: about 56 bits a guesser cannot work out. OWASP asks for at least 64 bits of entropy, the
 * issue for 128; 192 leaves margin and costs four cookie characters more.
 */
public final class SessionIds {

    /** Random bytes per id: a multiple of 3, so the base64 text has no padding and no partly used character. */
    static final int BYTES = 24;
    /** Characters per id. */
    public static final int LENGTH = BYTES / 3 * 4;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder TEXT = Base64.getUrlEncoder().withoutPadding();

    private SessionIds() {}

    /** A new id; safe to call from any thread (SecureRandom is). */
    public static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return TEXT.encodeToString(bytes);
    }
}
