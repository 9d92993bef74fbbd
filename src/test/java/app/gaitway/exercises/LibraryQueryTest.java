package app.gaitway.exercises;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryQueryTest {

    private static ExerciseSummary summary(
            Long clinic, String category, String position, String targets, String equipment) {
        return new ExerciseSummary(
                1, clinic, "Name", "", "Summary", category, position, targets, equipment, 1, null, null);
    }

    @Test
    void filtersCombine() {
        LibraryQuery q = LibraryQuery.of("", "strength", "gluteus_medius_minimus", "band", "", false, 1);
        assertTrue(q.accepts(summary(null, "strength", "standing", " gluteus_medius_minimus core ", " band ")));
        assertFalse(q.accepts(summary(null, "strength", "standing", " gluteus_medius_minimus ", " mat ")));
        assertFalse(q.accepts(summary(null, "mobility", "standing", " gluteus_medius_minimus ", " band ")));
        assertFalse(q.accepts(summary(null, "strength", "standing", " gluteus_maximus ", " band ")));
    }

    @Test
    void aFilterNeedsTheWholeWordNotAPart() {
        LibraryQuery q = LibraryQuery.of("", "", "", "step", "", false, 1);
        assertFalse(q.accepts(summary(null, "strength", "standing", " core ", " stepper ")));
        assertTrue(q.accepts(summary(null, "strength", "standing", " core ", " mat step ")));
    }

    @Test
    void ownOnlyLeavesOutBuiltIn() {
        LibraryQuery q = LibraryQuery.of(null, null, null, null, null, true, 1);
        assertFalse(q.accepts(summary(null, "strength", "standing", " core ", " ")));
        assertTrue(q.accepts(summary(7L, "strength", "standing", " core ", " ")));
    }

    @Test
    void unknownWordsAreIgnoredAndPagesStartAtOne() {
        LibraryQuery q = LibraryQuery.of("  clam  ", "power", "nose", "trampoline", "upside_down", false, -3);
        assertNull(q.category());
        assertNull(q.target());
        assertNull(q.equipment());
        assertNull(q.position());
        assertTrue(q.page() == 1);
        assertTrue(q.text().equals("clam"));
    }
}
