package app.gaitway.exercises;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;

/**
 * An exercise picture as it is sent: its bytes, made once and kept (see {@link ExercisePictures}), a strong
 * entity tag from a hash of the bytes (so a browser's copy from before a restart or an upgrade of the drawer is
 * recognised exactly when the bytes are the same), when the server made it, and the one clinic already known to be
 * allowed to see it (none: a built-in exercise, every clinic may).
 */
public final class ServedPicture {

    public static final String SVG = "image/svg+xml;charset=utf-8";

    private final String mediaType;
    private final byte[] body;
    private final String etag;
    private final Instant lastModified;
    private final Long allowedClinic;

    private ServedPicture(String mediaType, byte[] body, Long allowedClinic, Instant lastModified) {
        this.mediaType = mediaType;
        this.body = body;
        this.etag = tagOf(body);
        this.lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
        this.allowedClinic = allowedClinic;
    }

    /** A drawing; {@code allowedClinic} null for a built-in exercise. */
    static ServedPicture svg(String svg, Long allowedClinic, Instant madeAt) {
        return new ServedPicture(SVG, svg.getBytes(StandardCharsets.UTF_8), allowedClinic, madeAt);
    }

    /** An uploaded picture of the clinic (bytes of its own, not shared), stored at {@code storedAt}, never changed. */
    static ServedPicture uploaded(String mediaType, byte[] bytes, long clinicId, Instant storedAt) {
        return new ServedPicture(mediaType, bytes, clinicId, storedAt);
    }

    /**
     * Whether the clinic is known to be allowed to see it. False means "not known": the caller asks the database,
     * which says "not found" or keeps the picture again under its true owner.
     */
    public boolean allowedFor(long clinicId) {
        return allowedClinic == null || allowedClinic == clinicId;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The quoted strong entity tag. */
    public String etag() {
        return etag;
    }

    public Instant lastModified() {
        return lastModified;
    }

    public int length() {
        return body.length;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(body);
    }

    private static String tagOf(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            // 128 bits tell any two pictures apart; the tag is sent with every picture, so it stays short
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
