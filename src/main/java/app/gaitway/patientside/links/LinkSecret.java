package app.gaitway.patientside.links;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The secret in a patient's link: 130 random bits from a secure source, written in Crockford's base32 (digits
 * and letters without I, L, O and U) as 26 characters in groups of four, so it can be typed from paper:
 * {@code 7KQ2-M9XD-...}. Typing is forgiving: case, spaces and dashes are ignored, and the look-alikes I and L
 * read as 1, O as 0. Only its SHA-256 hash is stored.
 */
public record LinkSecret(String canonical) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 26;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    public LinkSecret {
        if (canonical == null
                || canonical.length() != LENGTH
                || !canonical.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a link secret");
        }
    }

    public static LinkSecret generate() {
        StringBuilder s = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new LinkSecret(s.toString());
    }

    /** The secret as typed by a person (or taken from an address), or empty when it cannot be one. */
    public static Optional<LinkSecret> parse(String typed) {
        if (typed == null || typed.length() > 80) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u2013' || c == '\u2014') {
                continue;
            }
            char read = switch (c) {
                case 'I', 'L' -> '1';
                case 'O' -> '0';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            s.append(read);
        }
        return s.length() == LENGTH ? Optional.of(new LinkSecret(s.toString())) : Optional.empty();
    }

    /** Groups of four joined by dashes, as printed on paper and in the address. */
    public String grouped() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < LENGTH; i += GROUP) {
            if (i > 0) {
                s.append('-');
            }
            s.append(canonical, i, Math.min(LENGTH, i + GROUP));
        }
        return s.toString();
    }

    /** The first group, shown to the therapist to tell links apart; not enough to guess the rest. */
    public String hint() {
        return canonical.substring(0, GROUP);
    }

    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Never the secret: a log line or an exception message must not carry it. */
    @Override
    public String toString() {
        return "LinkSecret[" + hint() + "…]";
    }
}
