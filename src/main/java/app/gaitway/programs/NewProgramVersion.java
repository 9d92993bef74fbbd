package app.gaitway.programs;

import app.gaitway.programs.dosage.ItemDosage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What saving a program version is asked to save: the checked program fields, the therapist named, and each
 * exercise with its checked dosage, in order. The builder makes one from a draft that passed its checks; the
 * service still checks that the clinic may use every exercise.
 */
public record NewProgramVersion(ProgramHeader header, long therapistId, List<Item> items) {

    public NewProgramVersion {
        items = List.copyOf(items);
    }

    /** One exercise: at the revision an earlier version gave, or null for the library's current one. */
    public record Item(long exerciseId, Integer revision, ItemDosage dosage) {}

    /** The ids of the exercises new to the program (no revision given yet). */
    List<Long> newExerciseIds() {
        return items.stream()
                .filter(i -> i.revision() == null)
                .map(Item::exerciseId)
                .toList();
    }

    /** The revisions already given, by exercise, to look them all up at once. */
    Map<Long, Set<Integer>> givenRevisions() {
        Map<Long, Set<Integer>> wanted = new HashMap<>();
        items.stream()
                .filter(i -> i.revision() != null)
                .forEach(i -> wanted.computeIfAbsent(i.exerciseId(), k -> new HashSet<>())
                        .add(i.revision()));
        return wanted;
    }
}
