package app.gaitway.patients;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatientRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void aDateOfBirthIsRequired() {
        assertEquals(Optional.of("patient.dateOfBirth.required"), PatientRules.dateOfBirthProblem("  ", TODAY));
        assertEquals(Optional.of("patient.dateOfBirth.required"), PatientRules.dateOfBirthProblem(null, TODAY));
    }

    @Test
    void rejectsUnreadableAndAmbiguousDates() {
        assertEquals(Optional.of("patient.dateOfBirth.format"), PatientRules.dateOfBirthProblem("01/03/1950", TODAY));
        assertEquals(Optional.of("patient.dateOfBirth.format"), PatientRules.dateOfBirthProblem("31.02.1950", TODAY));
        assertEquals(Optional.of("patient.dateOfBirth.format"), PatientRules.dateOfBirthProblem("March 1950", TODAY));
    }

    @Test
    void rejectsBirthInTheFuture() {
        assertEquals(Optional.of("patient.dateOfBirth.future"), PatientRules.dateOfBirthProblem("2026-03-11", TODAY));
        assertEquals(Optional.empty(), PatientRules.dateOfBirthProblem("2026-03-10", TODAY), "born today is possible");
    }

    @Test
    void rejectsBirthBefore1900() {
        assertEquals(Optional.of("patient.dateOfBirth.tooEarly"), PatientRules.dateOfBirthProblem("31.12.1899", TODAY));
        assertEquals(Optional.empty(), PatientRules.dateOfBirthProblem("1.1.1900", TODAY));
    }

    @Test
    void icd10IsOptionalButMustHaveTheForm() {
        assertEquals(Optional.empty(), PatientRules.icd10Problem(""));
        assertEquals(Optional.empty(), PatientRules.icd10Problem("m54.5"));
        assertEquals(Optional.of("patient.icd10Code.format"), PatientRules.icd10Problem("lower back"));
    }

    @Test
    void longTextsCountALineBreakAsOneCharacter() {
        String typed = "a".repeat(2_500) + "\r\n" + "b".repeat(2_499);
        String text = PatientRules.longText(typed);
        assertEquals(5_000, text.length());
        assertFalse(PatientRules.tooLong(text, PatientRules.NOTES_MAX));
        assertTrue(PatientRules.tooLong(text + "c", PatientRules.NOTES_MAX));
    }

    @Test
    void anEmptyLongTextIsNotRecorded() {
        assertNull(PatientRules.longText(" \r\n "));
        assertNull(PatientRules.longText(null));
    }
}
