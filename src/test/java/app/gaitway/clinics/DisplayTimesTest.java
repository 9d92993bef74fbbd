package app.gaitway.clinics;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DisplayTimesTest {

    @Test
    void formatsDayMonthYearAndTime() {
        assertEquals("3 Mar 2026, 14:05", DisplayTimes.format(Instant.parse("2026-03-03T14:05:59Z"), ZoneOffset.UTC));
    }

    @Test
    void nothingToShowForNoTime() {
        assertNull(DisplayTimes.format(null, ZoneOffset.UTC));
    }
}
