package app.gaitway.programs.versions;

import java.time.LocalDate;
import java.util.List;

/**
 * A home program as given in one version: what the patient's handout says, and its exercises in order. Texts not
 * given are empty, never null, so that "not given" and "left empty" compare as the same; the dates may be null.
 */
public record ProgramSnapshot(
        String title,
        String instructions,
        LocalDate startDate,
        LocalDate reviewDate,
        String therapistName,
        String clinicPhone,
        List<ItemSnapshot> items) {

    public ProgramSnapshot {
        title = orEmpty(title);
        instructions = orEmpty(instructions);
        therapistName = orEmpty(therapistName);
        clinicPhone = orEmpty(clinicPhone);
        items = items == null ? List.of() : List.copyOf(items);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
