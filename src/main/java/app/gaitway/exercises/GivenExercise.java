package app.gaitway.exercises;

/**
 * One exercise at one revision, as a program gives it: the immutable revision's id and content, and where its
 * pictures are. A program keeps pointing at this revision when the library moves on.
 */
public record GivenExercise(
        long exerciseId,
        int revision,
        long revisionId,
        ExerciseContent content,
        String startPicture,
        String endPicture,
        Long startUploadId,
        Long endUploadId) {

    public String name() {
        return content.name();
    }
}
