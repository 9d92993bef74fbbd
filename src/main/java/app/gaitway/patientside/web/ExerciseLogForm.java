package app.gaitway.patientside.web;

import app.gaitway.patientside.links.ExerciseLog;
import app.gaitway.shared.text.WholeNumbers;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One press of the patient's log form, as sent: the button ({@code done}, {@code session}, {@code change},
 * {@code remove}), the exercise or entry it is about, how it felt, and the place on the page to go back to.
 * <p>
 * It has no problems to show: every value comes from a button, a list or a hidden field, and the rating is
 * optional. A value that cannot be read counts as not given (a pain outside 0 to 10 is "skipped"), and an unknown
 * button logs nothing, so the patient is never stopped by a message about a field they did not type.
 */
public record ExerciseLogForm(
        String action, String position, String entry, String pain, String difficulty, String back) {

    /** Pain is rated 0 (none) to 10 (worst imaginable), the numeric rating scale the log form offers. */
    static final int PAIN_MAX = 10;

    public enum Action {
        DONE,
        SESSION,
        CHANGE,
        REMOVE,
        NONE
    }

    public static ExerciseLogForm from(MultivaluedMap<String, String> body) {
        return new ExerciseLogForm(
                body.getFirst("action"),
                body.getFirst("position"),
                body.getFirst("entry"),
                body.getFirst("pain"),
                body.getFirst("difficulty"),
                body.getFirst("back"));
    }

    public Action button() {
        return switch (action == null ? "" : action) {
            case "done" -> Action.DONE;
            case "session" -> Action.SESSION;
            case "change" -> Action.CHANGE;
            case "remove" -> Action.REMOVE;
            default -> Action.NONE;
        };
    }

    /** The exercise's place in the program; -1 (no exercise) when unreadable. */
    public int exercisePosition() {
        return WholeNumbers.parseInt(position).orElse(-1);
    }

    /** The logged entry to change or remove; -1 (no entry) when unreadable. */
    public long entryId() {
        return WholeNumbers.parseLong(entry).orElse(-1L);
    }

    public OptionalInt painScore() {
        return WholeNumbers.parseInt(pain, 0, PAIN_MAX);
    }

    public Optional<ExerciseLog.Difficulty> felt() {
        if (difficulty == null) {
            return Optional.empty();
        }
        return switch (difficulty) {
            case "too_easy" -> Optional.of(ExerciseLog.Difficulty.TOO_EASY);
            case "about_right" -> Optional.of(ExerciseLog.Difficulty.ABOUT_RIGHT);
            case "too_hard" -> Optional.of(ExerciseLog.Difficulty.TOO_HARD);
            default -> Optional.empty();
        };
    }
}
