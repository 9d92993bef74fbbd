package app.gaitway.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which user a form was drawn for, written into the form itself and sealed with an HMAC, so that a form
 * posted after its session is gone (a restart, a timeout) still tells who typed it, and nobody can claim
 * another user's form. The seal covers the user, the time it was drawn and the path the form was drawn at,
 * which is the path it posts to (every form kept across sign-in posts back to its own address).
 */
final class FormOwnerSeal {

    private static final Pattern TOKEN = Pattern.compile("([0-9]{1,18})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Duration maxAge;

    FormOwnerSeal(byte[] key, Duration maxAge) {
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.maxAge = maxAge;
    }

    /** A key of its own for this purpose, derived from a longer-lived secret (the audit key). */
    static byte[] derivedKey(byte[] secret) {
        return hmac(new SecretKeySpec(secret, ALGORITHM), "gaitway form owner v1");
    }

    String seal(long userId, String path, Instant now) {
        long drawnAt = now.getEpochSecond();
        return userId + "." + drawnAt + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(hmac(key, userId + "|" + drawnAt + "|" + path));
    }

    /** The user a sealed form was drawn for, if the seal is intact, for this path, and not too old. */
    OptionalLong owner(String token, String path, Instant now) {
        if (token == null || path == null) {
            return OptionalLong.empty();
        }
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        long userId = Long.parseLong(m.group(1));
        long drawnAt = Long.parseLong(m.group(2));
        byte[] expected = hmac(key, userId + "|" + drawnAt + "|" + path);
        byte[] given = Base64.getUrlDecoder().decode(m.group(3));
        if (!MessageDigest.isEqual(expected, given)) {
            return OptionalLong.empty();
        }
        Instant drawn = Instant.ofEpochSecond(drawnAt);
        if (drawn.isAfter(now.plusSeconds(60)) || Duration.between(drawn, now).compareTo(maxAge) > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(userId);
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
