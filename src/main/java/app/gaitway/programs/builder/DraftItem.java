package app.gaitway.programs.builder;

import app.gaitway.programs.dosage.DosageFields;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One exercise in the builder: which exercise, at which revision (null for the library's current one, as for an
 * exercise just added), and its dosage as typed.
 */
public record DraftItem(long exerciseId, Integer revision, DosageFields dosage) {

    /** The revisions the items already given name, by exercise, to look them all up at once. */
    public static Map<Long, Set<Integer>> givenRevisions(List<DraftItem> items) {
        Map<Long, Set<Integer>> wanted = new HashMap<>();
        items.stream()
                .filter(i -> i.revision() != null)
                .forEach(i -> wanted.computeIfAbsent(i.exerciseId(), k -> new HashSet<>())
                        .add(i.revision()));
        return wanted;
    }
}
