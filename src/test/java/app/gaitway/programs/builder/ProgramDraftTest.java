package app.gaitway.programs.builder;

import app.gaitway.programs.dosage.DosageFields;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramDraftTest {

    private static final HeaderFields HEADER = new HeaderFields("t", "", "2026-03-01", "", "555 0100", "1");

    private static DraftItem item(long exerciseId) {
        return new DraftItem(exerciseId, null, DosageFields.from(name -> ""));
    }

    private static List<Long> ids(ProgramDraft d) {
        return d.items().stream().map(DraftItem::exerciseId).toList();
    }

    @Test
    void movesUpAndDownWithinTheList() {
        ProgramDraft d = new ProgramDraft(HEADER, List.of(item(1), item(2), item(3)));
        assertEquals(0, d.moveUp(1));
        assertEquals(List.of(2L, 1L, 3L), ids(d));
        assertEquals(2, d.moveDown(1));
        assertEquals(List.of(2L, 3L, 1L), ids(d));
        assertEquals(0, d.moveUp(0));
        assertEquals(2, d.moveDown(2));
        assertEquals(List.of(2L, 3L, 1L), ids(d));
    }

    @Test
    void removesOnlyAnItemThatExists() {
        ProgramDraft d = new ProgramDraft(HEADER, List.of(item(1), item(2)));
        d.remove(5);
        d.remove(-1);
        d.remove(0);
        assertEquals(List.of(2L), ids(d));
    }

    @Test
    void refusesToGrowPastThirtyExercises() {
        List<DraftItem> many = new ArrayList<>();
        for (int i = 0; i < ProgramDraft.MAX_ITEMS; i++) {
            many.add(item(i));
        }
        ProgramDraft d = new ProgramDraft(HEADER, many);
        assertTrue(d.isFull());
        assertFalse(d.add(item(99)));
        assertEquals(ProgramDraft.MAX_ITEMS, d.items().size());
    }
}
