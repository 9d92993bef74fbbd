package app.gaitway.clinics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffPageTest {

    @Test
    void anEmptyOrSmallListIsOnePage() {
        assertEquals(1, StaffPage.pageCount(0));
        assertEquals(1, StaffPage.pageCount(25));
        assertEquals(2, StaffPage.pageCount(26));
    }

    @Test
    void requestsOutsideTheRangeGetTheNearestPage() {
        assertEquals(1, StaffPage.clamp(0, 30));
        assertEquals(1, StaffPage.clamp(-4, 30));
        assertEquals(2, StaffPage.clamp(99, 30));
        assertEquals(1, StaffPage.clamp(2, 25));
    }

    @Test
    void offsetsStartAtZero() {
        assertEquals(0, StaffPage.offset(1));
        assertEquals(25, StaffPage.offset(2));
    }

    @Test
    void knowsItsNeighbours() {
        StaffPage middle = new StaffPage(List.of(), 2, 3, 60);
        assertTrue(middle.hasPrevious());
        assertTrue(middle.hasNext());
        StaffPage only = new StaffPage(List.of(), 1, 1, 3);
        assertFalse(only.hasPrevious());
        assertFalse(only.hasNext());
    }
}
