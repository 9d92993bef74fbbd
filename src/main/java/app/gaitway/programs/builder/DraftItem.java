package app.gaitway.programs.builder;

import app.gaitway.programs.dosage.DosageFields;

/**
 * One exercise in the builder: which exercise, at which revision (null for the library's current one, as for an
 * exercise just added), and its dosage as typed.
 */
public record DraftItem(long exerciseId, Integer revision, DosageFields dosage) {
}
