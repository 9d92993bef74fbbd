package app.gaitway.security.secondfactor;

import app.gaitway.shared.svg.QrCode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * A new authenticator key on its way to being set up: shown as a QR code of its otpauth address and as
 * base32 text to type, and turned on only once the user has typed a code it gives. Held in the user's session
 * until then, never in the database.
 *
 * @param secret 160 random bits, the key length RFC 4226 section 4 recommends for HMAC-SHA1
 */
public record Enrolment(byte[] secret) {

    static final int SECRET_BYTES = 20;
    private static final String ISSUER = "Gaitway";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern GROUPS_OF_FOUR = Pattern.compile("(.{4})(?!$)");

    public Enrolment {
        secret = secret.clone();
    }

    static Enrolment random() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Enrolment(secret);
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    /** The key for typing by hand, in groups of four (apps ignore the spaces). */
    public String typedKey() {
        return GROUPS_OF_FOUR.matcher(Base32.encode(secret)).replaceAll("$1 ");
    }

    /**
     * The otpauth address authenticator apps read from a QR code (the Key Uri Format of Google Authenticator,
     * which the other apps follow): issuer and account as the label, then the key and the parameters.
     */
    public String otpauthAddress(String account) {
        String label = encode(ISSUER) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret) + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    /** The QR code of {@link #otpauthAddress}, as an image address. */
    public String qrCode(String account) {
        return QrCode.dataUri(otpauthAddress(account));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
