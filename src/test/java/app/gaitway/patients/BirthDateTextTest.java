package app.gaitway.patients;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BirthDateTextTest {

    private static final LocalDate FIRST_OF_MARCH = LocalDate.of(1950, 3, 1);

    @Test
    void readsIsoDates() {
        assertEquals(Optional.of(FIRST_OF_MARCH), BirthDateText.parse("1950-03-01"));
        assertEquals(Optional.of(FIRST_OF_MARCH), BirthDateText.parse(" 1950-3-1 "));
    }

    @Test
    void readsDayMonthYearWithDots() {
        assertEquals(Optional.of(FIRST_OF_MARCH), BirthDateText.parse("1.3.1950"));
        assertEquals(Optional.of(FIRST_OF_MARCH), BirthDateText.parse("01.03.1950"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), BirthDateText.parse("31.12.2026"));
    }

    @Test
    void refusesSlashesBecauseDayAndMonthCanBeSwapped() {
        assertEquals(Optional.empty(), BirthDateText.parse("01/03/1950"));
        assertTrue(BirthDateText.looksLikeDate("01/03/1950"), "meant as a date, so no name search for it");
    }

    @Test
    void refusesDaysThatDoNotExist() {
        assertEquals(Optional.empty(), BirthDateText.parse("31.02.1950"));
        assertEquals(Optional.empty(), BirthDateText.parse("1950-13-01"));
        assertEquals(Optional.empty(), BirthDateText.parse("29.2.1951"));
        assertEquals(Optional.of(LocalDate.of(1952, 2, 29)), BirthDateText.parse("29.2.1952"));
        assertTrue(BirthDateText.looksLikeDate("31.02.1950"));
    }

    @Test
    void refusesTwoDigitYearsAndOtherOrders() {
        assertEquals(Optional.empty(), BirthDateText.parse("1.3.50"));
        assertEquals(Optional.empty(), BirthDateText.parse("1950.03.01"));
        assertEquals(Optional.empty(), BirthDateText.parse("03-01-1950"));
    }

    @Test
    void namesAreNoDates() {
        assertEquals(Optional.empty(), BirthDateText.parse("Ana"));
        assertFalse(BirthDateText.looksLikeDate("Ana Lopez"));
        assertFalse(BirthDateText.looksLikeDate("1950"));
        assertFalse(BirthDateText.looksLikeDate(""));
        assertFalse(BirthDateText.looksLikeDate(null));
    }
}
