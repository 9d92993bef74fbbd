package app.gaitway.exercises;

/**
 * Where a browser fetches an exercise's pictures. The revision is part of the address, so a picture never
 * changes under an address and the browser may keep it.
 */
public final class PictureAddresses {

    private PictureAddresses() {}

    public static String of(long exerciseId, int revision, String stage, Long uploadedPictureId) {
        if (uploadedPictureId != null) {
            return "/exercise-pictures/uploads/" + uploadedPictureId;
        }
        return "/exercise-pictures/" + exerciseId + "/" + revision + "/" + stage + ".svg";
    }

    /** The moving picture of a drawn exercise at a revision. */
    public static String moving(long exerciseId, int revision) {
        return "/exercise-pictures/" + exerciseId + "/" + revision + "/motion.svg";
    }
}
