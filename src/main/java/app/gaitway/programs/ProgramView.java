package app.gaitway.programs;

import app.gaitway.exercises.GivenExercise;
import app.gaitway.programs.dosage.ItemDosage;

import java.util.List;

/** One version of a program for its page: the program, whose it is, what the version gave, and the history. */
public record ProgramView(
        Program program,
        long patientId,
        String patientName,
        boolean patientArchived,
        ProgramVersion version,
        List<Item> items,
        List<ProgramVersion> history) {

    /** One exercise as given; {@code exercise} is null only if the clinic lost access to a custom exercise. */
    public record Item(int position, long exerciseId, String name, GivenExercise exercise, ItemDosage dosage) {}

    public boolean isLatest() {
        return version.getNumber() == program.getLatestVersion();
    }
}
