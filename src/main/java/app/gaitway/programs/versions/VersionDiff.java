package app.gaitway.programs.versions;

import app.gaitway.programs.versions.Change.Kind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The difference between two versions of a home program. Items are matched by exercise; the same exercise given
 * twice (a left-only and a right-only item, say) is matched in order of appearance: the first with the first.
 */
public final class VersionDiff {

    private VersionDiff() {}

    /** What changed from {@code before} to {@code after}; {@code before} is null when {@code after} is the first. */
    public static ChangeSummary between(ProgramSnapshot before, ProgramSnapshot after) {
        Objects.requireNonNull(after, "the new version");
        if (before == null) {
            return new ChangeSummary(
                    true, after.items().stream().map(Change::added).toList());
        }
        List<Change> changes = itemChanges(before.items(), after.items());
        changes.addAll(fieldChanges(before, after));
        return new ChangeSummary(false, changes);
    }

    /** Added, removed, updated from the library, dosage changed, then reordered; each in program order. */
    private static List<Change> itemChanges(List<ItemSnapshot> before, List<ItemSnapshot> after) {
        Map<Long, Deque<Integer>> unmatched = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            unmatched
                    .computeIfAbsent(before.get(i).exerciseId(), id -> new ArrayDeque<>())
                    .add(i);
        }
        List<Change> added = new ArrayList<>();
        List<Change> updated = new ArrayList<>();
        List<Change> dosage = new ArrayList<>();
        boolean reordered = false;
        int latestMatch = -1;
        for (ItemSnapshot now : after) {
            Integer i =
                    unmatched.getOrDefault(now.exerciseId(), new ArrayDeque<>()).poll();
            if (i == null) {
                added.add(Change.added(now));
                continue;
            }
            // Kept items are in their old order exactly when each comes after all those kept before it.
            reordered |= i < latestMatch;
            latestMatch = Math.max(latestMatch, i);
            ItemSnapshot was = before.get(i);
            if (was.exerciseRevision() != now.exerciseRevision()) {
                updated.add(Change.exerciseUpdated(was, now));
            }
            List<DosagePart> parts = DosagePart.changedBetween(was.dosage(), now.dosage());
            if (!parts.isEmpty()) {
                dosage.add(Change.dosageChanged(was, now, parts));
            }
        }
        List<Integer> leftOver =
                unmatched.values().stream().flatMap(Deque::stream).sorted().toList();

        List<Change> changes = new ArrayList<>(added);
        leftOver.forEach(i -> changes.add(Change.removed(before.get(i))));
        changes.addAll(updated);
        changes.addAll(dosage);
        if (reordered) {
            changes.add(Change.of(Kind.REORDERED));
        }
        return changes;
    }

    private static List<Change> fieldChanges(ProgramSnapshot before, ProgramSnapshot after) {
        List<Change> changes = new ArrayList<>();
        addIfDifferent(changes, Kind.TITLE, before.title(), after.title());
        addIfDifferent(changes, Kind.INSTRUCTIONS, before.instructions(), after.instructions());
        addIfDifferent(changes, Kind.START_DATE, before.startDate(), after.startDate());
        addIfDifferent(changes, Kind.REVIEW_DATE, before.reviewDate(), after.reviewDate());
        addIfDifferent(changes, Kind.THERAPIST, before.therapistName(), after.therapistName());
        addIfDifferent(changes, Kind.CLINIC_PHONE, before.clinicPhone(), after.clinicPhone());
        return changes;
    }

    private static void addIfDifferent(List<Change> changes, Kind field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(Change.of(field));
        }
    }
}
