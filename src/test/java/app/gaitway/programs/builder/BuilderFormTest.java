package app.gaitway.programs.builder;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BuilderFormTest {

    private static MultivaluedMap<String, String> posted(String... nameValues) {
        MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.add(nameValues[i], nameValues[i + 1]);
        }
        return map;
    }

    @Test
    void readsTheProgramFieldsItemsInOrderAndTheButton() {
        BuilderForm form = BuilderForm.from(posted(
                "title",
                " Knee program ",
                "clinicPhone",
                "555 0100",
                "therapistId",
                "7",
                "baseVersion",
                "3",
                "action",
                "up-1",
                "q",
                " clam ",
                "items.0.exerciseId",
                "11",
                "items.0.sets",
                "3",
                "items.0.reps",
                "10-15",
                "items.1.exerciseId",
                "12",
                "items.1.revision",
                "2",
                "items.1.hold",
                "30"));
        assertEquals("Knee program", form.draft().header().title());
        assertEquals(3, form.baseVersion());
        assertEquals("clam", form.query());
        assertEquals(new BuilderAction(BuilderAction.Kind.UP, 1), form.action());
        List<DraftItem> items = form.draft().items();
        assertEquals(2, items.size());
        assertEquals(11, items.get(0).exerciseId());
        assertNull(items.get(0).revision());
        assertEquals("10-15", items.get(0).dosage().reps());
        assertEquals(2, items.get(1).revision());
        assertEquals("30", items.get(1).dosage().hold());
    }

    @Test
    void skipsItemsWithoutAnExerciseAndKeepsTheRestInOrder() {
        BuilderForm form = BuilderForm.from(
                posted("items.0.exerciseId", "5", "items.1.exerciseId", "x", "items.2.exerciseId", "9"));
        assertEquals(
                List.of(5L, 9L),
                form.draft().items().stream().map(DraftItem::exerciseId).toList());
    }

    @Test
    void aMissingBaseVersionIsNoVersionAtAll() {
        assertEquals(-1, BuilderForm.from(posted()).baseVersion());
    }

    @Test
    void unknownButtonsOnlyUpdateThePage() {
        assertEquals(BuilderAction.UPDATE_ONLY, BuilderAction.parse("delete-everything"));
        assertEquals(BuilderAction.UPDATE_ONLY, BuilderAction.parse(null));
        assertEquals(BuilderAction.Kind.SAVE, BuilderAction.parse("save").kind());
        assertEquals(new BuilderAction(BuilderAction.Kind.ADD, 42), BuilderAction.parse("add-42"));
        assertEquals(2, BuilderAction.parse("remove-2").item().orElseThrow());
    }
}
