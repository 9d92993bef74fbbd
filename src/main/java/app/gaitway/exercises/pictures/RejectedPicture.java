package app.gaitway.exercises.pictures;

import java.util.Objects;

/**
 * An upload that is not a picture Gaitway will keep. The reason is for the page to choose its
 * message; the exception message is detail for the log.
 */
public final class RejectedPicture extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No bytes at all. */
        EMPTY,
        /** More than {@link PictureUpload#MAX_BYTES}. */
        TOO_LARGE,
        /** The content is something else (GIF, WebP, SVG, PDF, HTML, text...), whatever the file was called. */
        NOT_PNG_OR_JPEG,
        /** Starts like a PNG or JPEG but does not decode cleanly: cut short, corrupt, or a kind we cannot read. */
        DAMAGED,
        /** Too many pixels or too long a side to decode safely, however small the file. */
        TOO_MANY_PIXELS
    }

    private final Reason reason;

    public RejectedPicture(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public RejectedPicture(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
