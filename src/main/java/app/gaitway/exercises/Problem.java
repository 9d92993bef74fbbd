package app.gaitway.exercises;

/**
 * Something wrong with an exercise: the field it concerns ({@code cues}, {@code dosage.sets},
 * {@code illustration}) and a message key of the exercises bundle with its arguments.
 */
public record Problem(String field, String key, Object... args) {
}
