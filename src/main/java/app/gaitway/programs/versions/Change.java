package app.gaitway.programs.versions;

import java.util.List;

/**
 * One thing that changed from one version of a home program to the next. Item changes carry the item as it was
 * ({@code before}) and as it is now ({@code after}): only {@code after} for an addition, only {@code before} for a
 * removal, both for a dosage change or a newer library revision. Reordering and the program's own fields carry
 * neither: the history only says that they changed.
 */
public record Change(Kind kind, ItemSnapshot before, ItemSnapshot after, List<DosagePart> dosageParts) {

    public enum Kind {
        ADDED,
        REMOVED,
        DOSAGE_CHANGED,
        EXERCISE_UPDATED,
        REORDERED,
        TITLE,
        INSTRUCTIONS,
        START_DATE,
        REVIEW_DATE,
        THERAPIST,
        CLINIC_PHONE
    }

    public Change {
        dosageParts = dosageParts == null ? List.of() : List.copyOf(dosageParts);
        if ((kind == Kind.DOSAGE_CHANGED) == dosageParts.isEmpty()) {
            throw new IllegalArgumentException("dosage parts go with a dosage change, and only with one");
        }
    }

    static Change added(ItemSnapshot item) {
        return new Change(Kind.ADDED, null, item, null);
    }

    static Change removed(ItemSnapshot item) {
        return new Change(Kind.REMOVED, item, null, null);
    }

    static Change dosageChanged(ItemSnapshot before, ItemSnapshot after, List<DosagePart> parts) {
        return new Change(Kind.DOSAGE_CHANGED, before, after, parts);
    }

    static Change exerciseUpdated(ItemSnapshot before, ItemSnapshot after) {
        return new Change(Kind.EXERCISE_UPDATED, before, after, null);
    }

    /** Reordering, or a change to one of the program's own fields (title, dates, ...). */
    static Change of(Kind kind) {
        return new Change(kind, null, null, null);
    }

    /** The exercise's name as it is now, or as it was for a removed one; null for a change not about an item. */
    public String exerciseName() {
        return after != null ? after.exerciseName() : before != null ? before.exerciseName() : null;
    }
}
