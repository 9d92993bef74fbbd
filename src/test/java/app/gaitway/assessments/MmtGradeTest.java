package app.gaitway.assessments;

import app.gaitway.assessments.record.MmtGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MmtGradeTest {

    private static MmtGrade grade(String text) {
        return MmtGrade.parse(text).orElseThrow(() -> new AssertionError("not a grade: " + text));
    }

    @Test
    void readsAPlainGrade() {
        assertEquals(new MmtGrade(3, 0), grade("3"));
        assertEquals(new MmtGrade(0, 0), grade("0"));
        assertEquals(new MmtGrade(5, 0), grade("5"));
    }

    @Test
    void readsPlusAndMinus() {
        assertEquals(new MmtGrade(3, 1), grade("3+"));
        assertEquals(new MmtGrade(4, -1), grade("4-"));
    }

    @Test
    void readsTheUnicodeMinusSign() {
        assertEquals(new MmtGrade(4, -1), grade("4\u2212"));
    }

    @Test
    void toleratesSpacesAroundAndBetween() {
        assertEquals(new MmtGrade(4, 1), grade(" 4 + "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5+", "0-", "0\u2212", "6", "-1", "3++", "3+-", "4/5", "abc", "3.5", "", "  "})
    void rejectsWhatIsNotAGrade(String text) {
        assertTrue(MmtGrade.parse(text).isEmpty(), text);
    }

    @Test
    void nullIsNoGrade() {
        assertTrue(MmtGrade.parse(null).isEmpty());
    }

    @Test
    void theConstructorRefusesGradesThatDoNotExist() {
        assertThrows(IllegalArgumentException.class, () -> new MmtGrade(5, 1));
        assertThrows(IllegalArgumentException.class, () -> new MmtGrade(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new MmtGrade(6, 0));
        assertThrows(IllegalArgumentException.class, () -> new MmtGrade(3, 2));
    }

    @Test
    void ordersAsATherapistReadsThem() {
        List<MmtGrade> shuffled =
                new ArrayList<>(List.of(grade("4-"), grade("3+"), grade("3"), grade("3-"), grade("5"), grade("0")));
        Collections.shuffle(shuffled);
        Collections.sort(shuffled);
        assertEquals(List.of(grade("0"), grade("3-"), grade("3"), grade("3+"), grade("4-"), grade("5")), shuffled);
        assertTrue(grade("3+").compareTo(grade("4-")) < 0);
        assertEquals(0, grade("4").compareTo(grade("4")));
    }

    @Test
    void aNumberForChartsAndDifferences() {
        assertEquals(8 / 3.0, grade("3-").value(), 1e-9);
        assertEquals(3.0, grade("3").value());
        assertEquals(10 / 3.0, grade("3+").value(), 1e-9);
    }

    @Test
    void onlyFiveIsFull() {
        assertTrue(grade("5").isFull());
        assertFalse(grade("5-").isFull());
        assertFalse(grade("4+").isFull());
    }

    @Test
    void printsWithARealMinusSign() {
        assertEquals("4\u2212", grade("4-").toString());
        assertEquals("3+", grade("3+").toString());
        assertEquals("5", grade("5").toString());
    }
}
