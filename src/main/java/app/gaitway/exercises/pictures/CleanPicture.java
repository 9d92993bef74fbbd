package app.gaitway.exercises.pictures;

import java.util.Objects;

/**
 * A picture as the server re-encoded it: nothing of the upload's bytes survives but the pixels.
 *
 * @param bytes     the PNG or JPEG file to store and serve
 * @param mediaType {@code image/png} or {@code image/jpeg}
 */
public record CleanPicture(byte[] bytes, String mediaType, int width, int height) {

    public CleanPicture {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    @Override
    public String toString() {
        return "CleanPicture[" + mediaType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }
}
