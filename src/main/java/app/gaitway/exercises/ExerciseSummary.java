package app.gaitway.exercises;

import java.util.Arrays;
import java.util.List;

/** What the library list needs of one exercise, read without its content. */
public record ExerciseSummary(
        long id,
        Long clinicId,
        String name,
        String aliases,
        String summary,
        String category,
        String startPosition,
        String targets,
        String equipment,
        int revision,
        Long startPictureId,
        Long endPictureId) {

    public List<String> aliasList() {
        return aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split("\n"));
    }

    public List<String> targetCodes() {
        return codes(targets);
    }

    public List<String> equipmentCodes() {
        return codes(equipment);
    }

    public boolean hasTarget(String code) {
        return targets.contains(" " + code + " ");
    }

    public boolean hasEquipment(String code) {
        return equipment.contains(" " + code + " ");
    }

    public boolean isBuiltIn() {
        return clinicId == null;
    }

    private static List<String> codes(String spaced) {
        String s = spaced.strip();
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
    }
}
