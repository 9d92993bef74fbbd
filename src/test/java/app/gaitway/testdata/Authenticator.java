package app.gaitway.testdata;

import app.gaitway.security.secondfactor.Totp;
import app.gaitway.testing.WebClient;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone's authenticator app in a test: reads the key from the set-up page as a person would type it, and gives
 * codes as the app would, each of a time step later than the last one given (a code once accepted is refused
 * again). The server accepts the next step's code too, so a test waits for the clock only from its third code on
 * within one 30-second step.
 */
public final class Authenticator {

    private static final Pattern TYPED_KEY = Pattern.compile("<code id=\"typed-key\">([A-Z2-7 ]+)</code>");

    private final byte[] key;
    private long lastStep = Long.MIN_VALUE;

    private Authenticator(byte[] key) {
        this.key = key;
    }

    /** The key shown on the set-up page. */
    public static Authenticator fromSetUpPage(WebClient.Page page) {
        Matcher m = TYPED_KEY.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("No key on the page:\n" + page.body());
        }
        return fromTypedKey(m.group(1));
    }

    /** The key as the page shows it for typing (base32 in groups of four). */
    public static Authenticator fromTypedKey(String typedKey) {
        return new Authenticator(decode(typedKey));
    }

    /** The current code, or the next step's when the current one was given already (waiting when that was too). */
    public String nextCode() {
        while (true) {
            long current = Totp.step(Instant.now());
            long step = Math.max(lastStep + 1, current);
            if (step <= current + 1) {
                lastStep = step;
                return Totp.code(key, Instant.ofEpochSecond(step * Totp.STEP_SECONDS));
            }
            sleep();
        }
    }

    /** The code the app shows now, whether or not it was given before. */
    public String currentCode() {
        return Totp.code(key, Instant.now());
    }

    /** A six-digit code that is none of the accepted ones now. */
    public String wrongCode() {
        long current = Totp.step(Instant.now());
        for (int candidate = 0; ; candidate++) {
            String code = String.format(Locale.ROOT, "%06d", candidate);
            boolean accepted = false;
            for (long step = current - 2; step <= current + 2; step++) {
                accepted |= Totp.code(key, Instant.ofEpochSecond(step * Totp.STEP_SECONDS))
                        .equals(code);
            }
            if (!accepted) {
                return code;
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base32) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : base32.replace(" ", "").toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
