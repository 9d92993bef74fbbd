package app.gaitway.exercises;

import app.gaitway.exercises.Vocabulary.Sides;
import app.gaitway.shared.web.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DosageWordsTest {

    private final Messages m = new Messages();

    @Test
    void repetitionsWithARangeEachSide() {
        Dosage d = new Dosage(3, 10, 15, null, Sides.EACH_SIDE, 1, 4, 7, 8, 60);
        assertEquals("3 sets of 10\u201315, each side", DosageWords.amount(d, m));
        assertEquals("once a day, 4 days a week", DosageWords.often(d, m));
        assertEquals(List.of("Effort 7\u20138 out of 10", "Rest 60 seconds between sets"), DosageWords.extras(d, m));
    }

    @Test
    void aSingleNumberAndBothSides() {
        Dosage d = new Dosage(1, 12, 12, null, Sides.BOTH, 2, 7, null, null, null);
        assertEquals("1 set of 12", DosageWords.amount(d, m));
        assertEquals("twice a day, every day", DosageWords.often(d, m));
        assertEquals(List.of(), DosageWords.extras(d, m));
    }

    @Test
    void holds() {
        assertEquals(
                "Hold 30 seconds, 3 times, each side",
                DosageWords.amount(new Dosage(3, null, null, 30, Sides.EACH_SIDE, 1, 7, null, null, null), m));
        assertEquals(
                "Hold 20 seconds, once",
                DosageWords.amount(new Dosage(1, null, null, 20, Sides.BOTH, 3, 5, null, null, null), m));
        assertEquals(
                "2 sets of 5 holds of 10 seconds",
                DosageWords.amount(new Dosage(2, 5, 5, 10, Sides.BOTH, 1, 5, null, null, null), m));
    }
}
