package app.gaitway.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets that the database only ever sees as a hash: a signed-in session's key and a password-reset link.
 * 256 random bits (above the 128 that OWASP's session and forgot-password cheat sheets ask for), written in
 * base64url without padding (43 characters, safe in a URL); the hash is SHA-256 in hex. A fast hash is enough:
 * the secret is random, not chosen by a person, so there is nothing to guess from a leaked hash.
 */
public final class RandomTokens {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {}

    public static String newToken() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of a token (so nothing else is hashed or looked up). */
    public static boolean looksLikeToken(String text) {
        return text != null && text.length() == 43 && text.chars().allMatch(RandomTokens::isBase64Url);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
