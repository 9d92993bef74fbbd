package app.gaitway.programs.suggestions;

import app.gaitway.assessments.screen.Precaution;
import app.gaitway.exercises.Vocabulary.LoadTag;

import java.util.Locale;

/**
 * One reason an exercise does not suit a patient: a recorded precaution and the load of the exercise it rules out,
 * with the reason in plain words ({@code conflict.reason.<load>}: "bends the hip past 90°").
 */
public record Conflict(Precaution precaution, LoadTag load) {

    public String reasonKey() {
        return "conflict.reason." + load.name().toLowerCase(Locale.ROOT);
    }
}
