package app.gaitway.patients;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatientQueryTest {

    @Test
    void noTextIsTheWholeList() {
        PatientQuery q = PatientQuery.of("  ", false, 0);
        assertEquals(PatientQuery.Kind.ALL, q.kind());
        assertFalse(q.isSearch());
        assertEquals(1, q.page(), "pages start at 1");
    }

    @Test
    void aDateIsADateOfBirthSearch() {
        PatientQuery q = PatientQuery.of("1.3.1950", true, 2);
        assertEquals(PatientQuery.Kind.DATE_OF_BIRTH, q.kind());
        assertEquals(LocalDate.of(1950, 3, 1), q.dateOfBirth());
        assertTrue(q.includeArchived());
    }

    @Test
    void anAmbiguousDateSearchesNothingAndSaysSo() {
        PatientQuery q = PatientQuery.of("01/03/1950", false, 1);
        assertEquals(PatientQuery.Kind.BAD_DATE, q.kind());
        assertTrue(q.isBadDate());
    }

    @Test
    void anyOtherTextIsANameSearch() {
        PatientQuery q = PatientQuery.of("Núñez zo", false, 1);
        assertEquals(PatientQuery.Kind.NAME, q.kind());
        assertEquals(List.of("nunez", "zo"), q.words());
        assertEquals("Núñez zo", q.text(), "the page shows what was typed");
    }

    @Test
    void aVeryLongQueryIsCut() {
        assertEquals(
                PatientQuery.TEXT_MAX,
                PatientQuery.of("x".repeat(500), false, 1).text().length());
    }
}
