package app.gaitway.programs.dosage;

import app.gaitway.shared.web.Messages;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionTimeTest {

    private final Messages messages = new Messages();

    private static ItemDosage dosage(
            int sets, Integer repsMin, Integer repsMax, Integer hold, SideChoice side, Integer rest) {
        return new ItemDosage(sets, repsMin, repsMax, hold, side, 1, 5, Load.NONE, null, null, null, null, rest, "");
    }

    @Test
    void repetitionsOfARangeEachSideWithRest() {
        // 12.5 reps × 3 s = 37.5 s, × 2 sides = 75 s a set, × 3 sets = 225 s; 2 rests × 60 s; 20 s to set up
        assertEquals(
                Duration.ofSeconds(225 + 120 + 20), SessionTime.of(dosage(3, 10, 15, null, SideChoice.EACH_SIDE, 60)));
    }

    @Test
    void repetitionsWithTheDefaultRest() {
        // 12 × 3 s = 36 s a set, × 3 = 108 s; 2 rests × 30 s; 20 s
        assertEquals(Duration.ofSeconds(108 + 60 + 20), SessionTime.of(dosage(3, 12, 12, null, SideChoice.BOTH, null)));
        // one side only is done once a set
        assertEquals(
                Duration.ofSeconds(108 + 60 + 20), SessionTime.of(dosage(3, 12, 12, null, SideChoice.LEFT_ONLY, null)));
    }

    @Test
    void anOddRangeKeepsItsHalfSecond() {
        // 11.5 × 3 s = 34.5 s; 1 set, no rest; 20 s
        assertEquals(Duration.ofMillis(54_500), SessionTime.of(dosage(1, 10, 13, null, SideChoice.BOTH, 90)));
    }

    @Test
    void holdsWithoutACountAreOneHoldASet() {
        // 30 s × 2 sides = 60 s a set, × 3 = 180 s; 2 rests × 15 s by default; 20 s
        assertEquals(
                Duration.ofSeconds(180 + 30 + 20),
                SessionTime.of(dosage(3, null, null, 30, SideChoice.EACH_SIDE, null)));
    }

    @Test
    void severalHoldsHaveAGapBetweenThem() {
        // 5 × 10 s + 4 × 2 s = 58 s a set, × 2 = 116 s; 1 rest × 15 s; 20 s
        assertEquals(Duration.ofSeconds(116 + 15 + 20), SessionTime.of(dosage(2, 5, 5, 10, SideChoice.BOTH, null)));
        // a rest of 0 is no rest at all
        assertEquals(Duration.ofSeconds(116 + 20), SessionTime.of(dosage(2, 5, 5, 10, SideChoice.BOTH, 0)));
    }

    @Test
    void aSessionAddsItsExercises() {
        List<ItemDosage> program = List.of(
                dosage(3, 10, 15, null, SideChoice.EACH_SIDE, 60),
                dosage(3, null, null, 30, SideChoice.EACH_SIDE, null),
                dosage(1, 10, 10, null, SideChoice.BOTH, null));
        assertEquals(Duration.ofSeconds(365 + 230 + 50), SessionTime.ofSession(program));
        assertEquals(Duration.ZERO, SessionTime.ofSession(List.of()));
    }

    @Test
    void inWordsToTheNearestMinute() {
        assertEquals("under a minute", SessionTime.inWords(Duration.ofSeconds(50), messages));
        assertEquals("about 1 minute", SessionTime.inWords(Duration.ofSeconds(60), messages));
        assertEquals("about 1 minute", SessionTime.inWords(Duration.ofSeconds(89), messages));
        assertEquals("about 2 minutes", SessionTime.inWords(Duration.ofSeconds(90), messages));
        assertEquals("about 6 minutes", SessionTime.inWords(Duration.ofSeconds(365), messages));
        assertEquals(
                "about 12 minutes", SessionTime.inWords(Duration.ofMinutes(12).plusSeconds(20), messages));
    }
}
