package app.gaitway.exercises;

import app.gaitway.exercises.Vocabulary.Category;
import app.gaitway.exercises.Vocabulary.LoadTag;
import app.gaitway.exercises.Vocabulary.StartPosition;
import app.gaitway.exercises.Vocabulary.Target;

import java.util.List;

/**
 * Everything a therapist and a patient read about one exercise, exactly as the library file, the clinic's
 * export and the stored record hold it. {@code illustrationJson} is the pose description the app draws
 * (see ILLUSTRATION-FORMAT.md); it is null for a clinic exercise that uses uploaded pictures instead.
 * {@code slug} is set for built-in exercises only. {@code loads} says what the exercise asks of the body that a
 * precaution may rule out (empty: nothing of the kind, or an older file that did not say).
 */
public record ExerciseContent(
        String slug,
        String name,
        List<String> aliases,
        String summary,
        Category category,
        StartPosition position,
        List<Target> targets,
        List<Equipment> equipment,
        List<LoadTag> loads,
        List<String> steps,
        List<String> cues,
        List<String> mistakes,
        String feel,
        List<Variation> easier,
        List<Variation> harder,
        Dosage dosage,
        String illustrationJson) {

    public ExerciseContent {
        aliases = List.copyOf(aliases);
        targets = List.copyOf(targets);
        equipment = List.copyOf(equipment);
        loads = List.copyOf(loads);
        steps = List.copyOf(steps);
        cues = List.copyOf(cues);
        mistakes = List.copyOf(mistakes);
        easier = List.copyOf(easier);
        harder = List.copyOf(harder);
    }

    public ExerciseContent withSlug(String newSlug) {
        return new ExerciseContent(
                newSlug,
                name,
                aliases,
                summary,
                category,
                position,
                targets,
                equipment,
                loads,
                steps,
                cues,
                mistakes,
                feel,
                easier,
                harder,
                dosage,
                illustrationJson);
    }

    public ExerciseContent withName(String newName) {
        return new ExerciseContent(
                slug,
                newName,
                aliases,
                summary,
                category,
                position,
                targets,
                equipment,
                loads,
                steps,
                cues,
                mistakes,
                feel,
                easier,
                harder,
                dosage,
                illustrationJson);
    }

    public ExerciseContent withIllustration(String json) {
        return new ExerciseContent(
                slug, name, aliases, summary, category, position, targets, equipment, loads, steps, cues, mistakes,
                feel, easier, harder, dosage, json);
    }
}
