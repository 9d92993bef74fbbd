package app.gaitway.security.secondfactor;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time recovery codes, for a user whose phone is lost: ten at a time, each 16 characters of the base32
 * alphabet (80 random bits) written in four groups ({@code k7qd-3mxa-pz2f-w6ec}, see {@link #ALPHABET}).
 * <p>
 * Only a hash is stored: SHA-256 of the user's id and the code. 80 random bits put a search of the hash out of
 * reach (2^80 SHA-256 computations), so a slow password hash would only make every sign-in with a code slower;
 * the user's id in the hash means one precomputed table cannot serve every account.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    static final int LENGTH = 16;
    /** RFC 4648's base32 symbols in lower case: no 0, 1, 8 or 9, so an o or an l cannot be misread as a digit. */
    static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    /** A new set, as shown to the user once. */
    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(LENGTH + 3);
            for (int c = 0; c < LENGTH; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** A typed code as compared: case, spaces and dashes do not matter; empty when it cannot be a recovery code. */
    public static Optional<String> normalized(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replace("-", "").replace(" ", "").strip().toLowerCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** What is stored for a code (normalized or as shown). */
    public static String hash(long userId, String code) {
        String normalized = normalized(code).orElseThrow(() -> new IllegalArgumentException("not a recovery code"));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("gaitway recovery code v1|user " + userId + "|").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(normalized.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
