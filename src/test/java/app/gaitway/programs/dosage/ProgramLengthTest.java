package app.gaitway.programs.dosage;

import app.gaitway.shared.web.Messages;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgramLengthTest {

    private final Messages messages = new Messages();

    @Test
    void noWarningUpTo8ExercisesAnd30Minutes() {
        assertEquals(List.of(), ProgramLength.warnings(8, Duration.ofMinutes(30)));
        assertEquals(List.of(), ProgramLength.warnings(0, Duration.ZERO));
    }

    @Test
    void warnsOver8Exercises() {
        assertEquals(List.of("dosage.warning.manyExercises"), ProgramLength.warnings(9, Duration.ofMinutes(20)));
    }

    @Test
    void warnsOver30Minutes() {
        assertEquals(
                List.of("dosage.warning.longSession"),
                ProgramLength.warnings(5, Duration.ofMinutes(30).plusSeconds(1)));
        List<String> both = ProgramLength.warnings(12, Duration.ofMinutes(45));
        assertEquals(List.of("dosage.warning.manyExercises", "dosage.warning.longSession"), both);
        both.forEach(messages::get);
    }

    @Test
    void estimatesTheSessionOfAProgram() {
        // 3 × 10–15 each side with 60 s rest: 365 s each; five of them are over 30 minutes
        ItemDosage item =
                new ItemDosage(3, 10, 15, null, SideChoice.EACH_SIDE, 1, 5, Load.NONE, null, null, null, null, 60, "");
        assertEquals(List.of(), ProgramLength.warnings(Collections.nCopies(4, item)));
        assertEquals(List.of("dosage.warning.longSession"), ProgramLength.warnings(Collections.nCopies(5, item)));
    }
}
