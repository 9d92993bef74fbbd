package app.gaitway.exercises.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Forty exercises like the built-in library: the names and aliases therapists search for.
 * Ids are the position in the list, counting from 1.
 */
final class Library {

    private Library() {}

    static final List<SearchEntry> EXERCISES = build(
            "Clamshell | Side-lying clam",
            "Side-lying hip abduction | Side-lying leg raise | Side leg lift",
            "Hip bridge | Glute bridge",
            "Single-leg bridge | One-leg glute bridge",
            "Banded hip bridge | Banded glute bridge",
            "Fire hydrant | Quadruped hip abduction",
            "Hip flexor stretch | Half-kneeling hip flexor stretch",
            "Figure 4 stretch | Piriformis stretch | Supine figure four",
            "ITB stretch | IT band stretch | Iliotibial band stretch",
            "Side plank",
            "Hamstring stretch | Supine hamstring stretch",
            "Calf raise | Heel raise",
            "Calf stretch | Wall calf stretch | Gastrocnemius stretch",
            "Straight leg raise | SLR",
            "Quad set | Quadriceps set",
            "Short arc quad",
            "Long arc quad | Seated knee extension",
            "Wall sit",
            "Mini squat",
            "Sit to stand | Chair stand",
            "Step-up",
            "Lateral step-down",
            "Monster walk",
            "Side-stepping with band | Lateral band walk",
            "Single-leg stance | Single-leg balance | One-leg stand",
            "Tandem stance | Heel-to-toe stance",
            "Heel slide",
            "Prone hip extension",
            "Bird dog",
            "Dead bug",
            "Hip adduction squeeze | Adductor squeeze | Ball squeeze",
            "Standing hip abduction",
            "Standing hip extension",
            "Hip hinge",
            "Forward lunge",
            "Pelvic tilt",
            "Knee to chest stretch",
            "Butterfly stretch | Adductor stretch",
            "Hip thrust",
            "Balance board weight shift");

    static long id(String name) {
        return EXERCISES.stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    static String name(long id) {
        return EXERCISES.get((int) id - 1).name();
    }

    private static List<SearchEntry> build(String... lines) {
        List<SearchEntry> entries = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(" \\| ");
            entries.add(
                    new SearchEntry(entries.size() + 1, parts[0], List.of(parts).subList(1, parts.length)));
        }
        return List.copyOf(entries);
    }
}
