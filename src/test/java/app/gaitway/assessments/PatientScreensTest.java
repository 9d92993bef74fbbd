package app.gaitway.assessments;

import app.gaitway.assessments.PatientScreens.Dated;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.screen.Precaution;
import app.gaitway.assessments.screen.RedFlag;
import app.gaitway.assessments.screen.SafetyScreen;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatientScreensTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static Dated visit(long id, int day, Map<String, String> screen) {
        return new Dated(id, DAY.plusDays(day), SafetyScreen.of(new AssessmentValues(screen)));
    }

    @Test
    void aRedFlagStaysOpenUntilThatVisitOrALaterOneRecordsADecision() {
        Dated flagged = visit(1, 0, Map.of("screen.red.dvt", "true"));
        Dated silent = visit(2, 7, Map.of());
        PatientScreens.Current open = PatientScreens.current(List.of(flagged, silent));
        assertTrue(open.needsMedicalReview(), "a follow-up that says nothing does not close it");
        assertEquals(List.of(RedFlag.DVT), open.openRedFlags());
        assertEquals(1L, open.flaggedId());

        Dated decided = visit(3, 8, Map.of("screen.red.decision", "referred"));
        assertFalse(PatientScreens.current(List.of(flagged, silent, decided)).needsMedicalReview());
        Dated newFlag = visit(4, 20, Map.of("screen.red.chest_pain", "true"));
        assertTrue(
                PatientScreens.current(List.of(flagged, decided, newFlag)).needsMedicalReview(),
                "a new red flag reopens");
    }

    @Test
    void precautionsComeFromTheNewestVisitThatRecordsAScreen() {
        Dated hip = visit(1, 0, Map.of("screen.hip_replacement.approach", "posterior"));
        Dated silent = visit(2, 7, Map.of());
        assertEquals(
                1,
                PatientScreens.current(List.of(hip, silent))
                        .screen()
                        .precautions()
                        .size(),
                "a follow-up that leaves the screen empty keeps the hip replacement");
        Dated replaced = visit(3, 30, Map.of("screen.fall_risk", "true"));
        assertEquals(
                Precaution.Kind.FALL_RISK,
                PatientScreens.current(List.of(hip, silent, replaced))
                        .screen()
                        .precautions()
                        .get(0)
                        .kind());
        assertTrue(PatientScreens.current(List.of()).screen().isEmpty());
    }
}
