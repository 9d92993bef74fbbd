package app.gaitway.shared.text;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WholeNumbersTest {

    @Test
    void readsPlainNumbersWithSpacesAround() {
        assertEquals(OptionalInt.of(12), WholeNumbers.parseInt(" 12 "));
        assertEquals(OptionalInt.of(-3), WholeNumbers.parseInt("-3"));
        assertEquals(Optional.of(9_000_000_000L), WholeNumbers.parseLong("9000000000"));
    }

    @Test
    void anythingElseIsNoNumber() {
        for (String text :
                new String[] {null, "", "  ", "12a", "1e3", "1.5", "-", "+", "٣", "99999999999999999999999", "0x10"}) {
            assertEquals(OptionalInt.empty(), WholeNumbers.parseInt(text), String.valueOf(text));
        }
        assertEquals(OptionalInt.empty(), WholeNumbers.parseInt("3000000000"), "beyond int");
    }

    @Test
    void aRangeIncludesBothEnds() {
        assertEquals(OptionalInt.of(0), WholeNumbers.parseInt("0", 0, 10));
        assertEquals(OptionalInt.of(10), WholeNumbers.parseInt("10", 0, 10));
        assertEquals(OptionalInt.empty(), WholeNumbers.parseInt("11", 0, 10));
        assertEquals(OptionalInt.empty(), WholeNumbers.parseInt("-1", 0, 10));
    }
}
