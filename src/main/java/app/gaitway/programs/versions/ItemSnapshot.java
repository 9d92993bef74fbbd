package app.gaitway.programs.versions;

import app.gaitway.programs.dosage.ItemDosage;

import java.util.Objects;

/**
 * One exercise as it was given in a version of a home program: which library exercise, at which of its revisions
 * (the library may improve an exercise later; the patient keeps the one they were given), its name then, and the
 * dosage.
 */
public record ItemSnapshot(long exerciseId, int exerciseRevision, String exerciseName, ItemDosage dosage) {

    public ItemSnapshot {
        Objects.requireNonNull(exerciseName, "an item needs its exercise name");
        Objects.requireNonNull(dosage, "an item needs its dosage");
    }
}
