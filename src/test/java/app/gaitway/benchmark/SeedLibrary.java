package app.gaitway.benchmark;

import app.gaitway.exercises.ExerciseContent;
import app.gaitway.exercises.ExerciseJson;
import app.gaitway.programs.dosage.DefaultDosage;
import app.gaitway.programs.dosage.DosageRules;
import app.gaitway.programs.dosage.ItemDosage;
import app.gaitway.testdata.ProgramSeed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in exercises the application imported at its first start, at their current revisions, each with the
 * dosage the program builder starts an item at when the therapist adds it (the library's default, with the load its
 * equipment suggests). Every program item the seeder writes names one of these, as an item saved through the builder
 * would.
 */
final class SeedLibrary {

    /** A built-in exercise as a program item gives it, and the dosage an item of it starts at. */
    record Entry(String slug, ProgramSeed.Exercise exercise, ItemDosage defaultDosage) {}

    private final Map<String, Entry> bySlug;

    private SeedLibrary(Map<String, Entry> bySlug) {
        this.bySlug = bySlug;
    }

    static SeedLibrary read(Connection db) throws SQLException {
        Map<String, Entry> bySlug = new LinkedHashMap<>();
        try (PreparedStatement q = db.prepareStatement("""
                        SELECT e.slug, e.id, r.id, r.revision, e.name, r.content FROM exercise e
                        JOIN exercise_revision r ON r.exercise_id = e.id AND r.revision = e.revision
                        WHERE e.clinic_id IS NULL AND e.archived = FALSE ORDER BY e.id""");
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                ExerciseContent content = ExerciseJson.readStored(r.getString(6), r.getLong(2));
                ItemDosage dosage = DefaultDosage.of(content.dosage(), content.equipment());
                if (!DosageRules.check(dosage).isEmpty()) {
                    throw new IllegalStateException(
                            "the default dosage of " + r.getString(1) + " does not pass " + DosageRules.check(dosage));
                }
                bySlug.put(
                        r.getString(1),
                        new Entry(
                                r.getString(1),
                                new ProgramSeed.Exercise(r.getLong(2), r.getLong(3), r.getInt(4), r.getString(5)),
                                dosage));
            }
        }
        if (bySlug.isEmpty()) {
            throw new IllegalStateException("The database has no exercise library: start Gaitway on it once first,"
                    + " so it creates its schema and imports the built-in exercises.");
        }
        return new SeedLibrary(bySlug);
    }

    /** The exercises of a condition's programs, in its order; an exercise the library no longer has is left out. */
    List<Entry> pool(Condition condition) {
        List<Entry> pool = condition.exercises.stream()
                .map(bySlug::get)
                .filter(e -> e != null)
                .toList();
        if (pool.size() < 8) {
            throw new IllegalStateException("the library lacks exercises of " + condition + ": only " + pool.size()
                    + " of " + condition.exercises);
        }
        return pool;
    }

    List<Entry> all() {
        return List.copyOf(bySlug.values());
    }
}
