package app.gaitway.exercises;

/**
 * What names a picture's bytes for good: an uploaded picture by its id, a drawing by exercise, revision and what
 * is drawn (a stage, or the moving picture at a pace). Uploaded pictures and revisions are never changed once
 * written (their columns are not updatable and nothing deletes them), so the bytes under a key never change while
 * the server runs.
 */
record PictureKey(long id, int revision, String variant) {

    static PictureKey drawn(long exerciseId, int revision, String stage) {
        return new PictureKey(exerciseId, revision, stage);
    }

    /** The moving picture at the pace of a hold of {@code holdSeconds} (null: repetitions, at the exercise's pace). */
    static PictureKey moving(long exerciseId, int revision, Integer holdSeconds) {
        return new PictureKey(exerciseId, revision, "motion/" + (holdSeconds == null ? "reps" : holdSeconds));
    }

    /** The moving picture at the pace of the exercise's own dosage at the revision (the library's moving picture). */
    static PictureKey movingAsDefault(long exerciseId, int revision) {
        return new PictureKey(exerciseId, revision, "motion/default");
    }

    static PictureKey uploaded(long pictureId) {
        return new PictureKey(pictureId, 0, "upload");
    }
}
