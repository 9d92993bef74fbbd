package app.gaitway.programs.dosage;

import app.gaitway.shared.web.Messages;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EffortCheckTest {

    private final Messages messages = new Messages();

    private static ItemDosage effort(Integer effortMin, Integer effortMax, Integer reserveMin, Integer reserveMax) {
        return new ItemDosage(
                3,
                10,
                15,
                null,
                SideChoice.EACH_SIDE,
                1,
                5,
                Load.NONE,
                effortMin,
                effortMax,
                reserveMin,
                reserveMax,
                null,
                "");
    }

    @Test
    void agreesWhenTheImpliedReserveOverlapsTheGivenOne() {
        assertEquals(Optional.empty(), EffortCheck.mismatch(effort(7, 8, 2, 3)));
        assertEquals(Optional.empty(), EffortCheck.mismatch(effort(7, 8, 3, 5)));
        assertEquals(Optional.empty(), EffortCheck.mismatch(effort(8, 8, 2, 2)));
        assertEquals(Optional.empty(), EffortCheck.mismatch(effort(10, 10, 0, 1)));
        assertEquals(Optional.empty(), EffortCheck.mismatch(effort(5, 7, 1, 3)));
    }

    @Test
    void disagreesWhenTheyShareNoNumber() {
        assertEquals(Optional.of(new EffortMismatch(7, 8, 2, 3, 5, 5)), EffortCheck.mismatch(effort(7, 8, 5, 5)));
        assertEquals(Optional.of(new EffortMismatch(9, 9, 1, 1, 3, 4)), EffortCheck.mismatch(effort(9, 9, 3, 4)));
        assertEquals(Optional.of(new EffortMismatch(3, 4, 6, 7, 0, 2)), EffortCheck.mismatch(effort(3, 4, 0, 2)));
    }

    @Test
    void nothingToCompareWithOnlyOneScale() {
        assertEquals(Optional.empty(), EffortCheck.mismatch(effort(7, 8, null, null)));
        assertEquals(Optional.empty(), EffortCheck.mismatch(effort(null, null, 9, 9)));
        assertEquals(Optional.empty(), EffortCheck.mismatch(effort(null, null, null, null)));
    }

    @Test
    void saysWhatTheEffortMeansAndWhatIsSet() {
        assertEquals(
                "Effort 7\u20138 out of 10 means about 2\u20133 reps left in reserve, but the reserve is set"
                        + " to 5. Check which one you mean.",
                EffortCheck.mismatch(effort(7, 8, 5, 5)).orElseThrow().text(messages));
        assertEquals(
                "Effort 9 out of 10 means about 1 rep left in reserve, but the reserve is set to 3\u20134."
                        + " Check which one you mean.",
                EffortCheck.mismatch(effort(9, 9, 3, 4)).orElseThrow().text(messages));
    }
}
