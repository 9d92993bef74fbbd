package app.gaitway.exercises;

import app.gaitway.exercises.Vocabulary.Category;
import app.gaitway.exercises.Vocabulary.EquipmentType;
import app.gaitway.exercises.Vocabulary.StartPosition;
import app.gaitway.exercises.Vocabulary.Target;

/**
 * What the therapist asked the library for. Filters combine (all must hold); a filter word the app does not
 * know is ignored rather than answered with an error, since it can only come from an edited address.
 */
public record LibraryQuery(
        String text,
        Category category,
        Target target,
        EquipmentType equipment,
        StartPosition position,
        boolean ownOnly,
        int page) {

    public static final int PAGE_SIZE = 24;
    public static final int TEXT_MAX = 100;

    public static LibraryQuery of(
            String text, String category, String target, String equipment, String position, boolean ownOnly, int page) {
        String t = text == null ? "" : text.strip();
        if (t.length() > TEXT_MAX) {
            t = t.substring(0, TEXT_MAX);
        }
        return new LibraryQuery(
                t,
                Vocabulary.fromCode(Category.class, category).orElse(null),
                Vocabulary.fromCode(Target.class, target).orElse(null),
                Vocabulary.fromCode(EquipmentType.class, equipment).orElse(null),
                Vocabulary.fromCode(StartPosition.class, position).orElse(null),
                ownOnly,
                Math.max(1, page));
    }

    public boolean accepts(ExerciseSummary s) {
        return (category == null || s.category().equals(Vocabulary.code(category)))
                && (target == null || s.hasTarget(Vocabulary.code(target)))
                && (equipment == null || s.hasEquipment(Vocabulary.code(equipment)))
                && (position == null || s.startPosition().equals(Vocabulary.code(position)))
                && (!ownOnly || !s.isBuiltIn());
    }

    public boolean isFiltered() {
        return !text.isEmpty()
                || category != null
                || target != null
                || equipment != null
                || position != null
                || ownOnly;
    }

    public String categoryCode() {
        return category == null ? "" : Vocabulary.code(category);
    }

    public String targetCode() {
        return target == null ? "" : Vocabulary.code(target);
    }

    public String equipmentCode() {
        return equipment == null ? "" : Vocabulary.code(equipment);
    }

    public String positionCode() {
        return position == null ? "" : Vocabulary.code(position);
    }
}
