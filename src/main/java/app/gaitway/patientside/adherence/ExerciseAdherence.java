package app.gaitway.patientside.adherence;

/** The report's line for one exercise. */
public record ExerciseAdherence(long exerciseId, String exerciseName, Measures measures) {}
