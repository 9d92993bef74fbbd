package app.gaitway.exercises;

import java.util.List;

/** One card of the library grid. {@code alsoCalled} is the alias the search matched, when it was not the name. */
public record ExerciseCard(
        long id,
        String name,
        String summary,
        String category,
        List<String> targets,
        boolean builtIn,
        String alsoCalled,
        String startPicture,
        String endPicture) {}
