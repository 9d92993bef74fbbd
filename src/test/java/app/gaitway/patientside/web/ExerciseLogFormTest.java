package app.gaitway.patientside.web;

import app.gaitway.patientside.links.ExerciseLog;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseLogFormTest {

    private static ExerciseLogForm posted(String... nameValues) {
        MultivaluedMap<String, String> body = new MultivaluedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            body.add(nameValues[i], nameValues[i + 1]);
        }
        return ExerciseLogForm.from(body);
    }

    @Test
    void doneWithARatingNamesTheExerciseThePainAndHowItFelt() {
        ExerciseLogForm form = posted(
                "action", "done", "position", "2", "pain", "3", "difficulty", "too_hard", "back", "now-3-logged");
        assertEquals(ExerciseLogForm.Action.DONE, form.button());
        assertEquals(2, form.exercisePosition());
        assertEquals(OptionalInt.of(3), form.painScore());
        assertEquals(Optional.of(ExerciseLog.Difficulty.TOO_HARD), form.felt());
        assertEquals("now-3-logged", form.back());
    }

    @Test
    void painIsAWholeNumberFromZeroToTenOrNotGiven() {
        assertEquals(OptionalInt.of(0), posted("pain", "0").painScore());
        assertEquals(OptionalInt.of(10), posted("pain", " 10 ").painScore());
        assertFalse(posted("pain", "11").painScore().isPresent());
        assertFalse(posted("pain", "-1").painScore().isPresent());
        assertFalse(posted("pain", "").painScore().isPresent());
        assertFalse(posted("pain", "3.5").painScore().isPresent());
        assertFalse(posted().painScore().isPresent());
    }

    @Test
    void onlyTheThreeOfferedFeelingsAreRead() {
        assertEquals(
                Optional.of(ExerciseLog.Difficulty.TOO_EASY),
                posted("difficulty", "too_easy").felt());
        assertEquals(
                Optional.of(ExerciseLog.Difficulty.ABOUT_RIGHT),
                posted("difficulty", "about_right").felt());
        assertTrue(posted("difficulty", "TOO_HARD").felt().isEmpty());
        assertTrue(posted().felt().isEmpty());
    }

    @Test
    void anUnknownButtonOrAnUnreadableIdNamesNothing() {
        assertEquals(ExerciseLogForm.Action.NONE, posted("action", "delete-all").button());
        assertEquals(ExerciseLogForm.Action.NONE, posted().button());
        assertEquals(ExerciseLogForm.Action.REMOVE, posted("action", "remove").button());
        assertEquals(-1, posted("position", "x").exercisePosition());
        assertEquals(-1L, posted("entry", "99999999999999999999999").entryId());
        assertEquals(12345678901L, posted("entry", "12345678901").entryId());
    }

    @Test
    void theTextSizeSwitchIsLargeOnlyWhenAskedSo() {
        MultivaluedMap<String, String> body = new MultivaluedHashMap<>();
        body.add("size", "large");
        assertTrue(TextSizeForm.from(body).largePrint());
        assertFalse(TextSizeForm.from(new MultivaluedHashMap<>()).largePrint());
    }
}
