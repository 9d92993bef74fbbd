package app.gaitway.patientside.adherence;

import app.gaitway.patientside.adherence.PrescriptionHistory.Item;
import app.gaitway.patientside.adherence.PrescriptionHistory.Version;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrescriptionHistoryTest {

    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final Item CLAMSHELL = new Item(11, "Clamshell", 1, 5);
    static final Item BRIDGE = new Item(12, "Hip bridge", 2, 7);

    static LocalDate march(int day) {
        return MARCH_1.withDayOfMonth(day);
    }

    @Test
    void aSingleVersionRunsFromItsStartUntilTheProgramEnds() {
        assertEquals(
                List.of(new Prescribed(11, "Clamshell", march(3), null, 1, 5)),
                PrescriptionHistory.of(List.of(new Version(march(3), march(2), List.of(CLAMSHELL))), null));
        assertEquals(
                List.of(new Prescribed(11, "Clamshell", march(3), march(20), 1, 5)),
                PrescriptionHistory.of(List.of(new Version(march(3), march(2), List.of(CLAMSHELL))), march(20)));
    }

    @Test
    void aVersionSavedAfterItsStartDateRunsFromTheDayItWasSaved() {
        assertEquals(
                List.of(new Prescribed(11, "Clamshell", march(4), null, 1, 5)),
                PrescriptionHistory.of(List.of(new Version(march(3), march(4), List.of(CLAMSHELL))), null));
    }

    @Test
    void aNewVersionEndsTheOneBeforeAndComesFirst() {
        Item harder = new Item(11, "Clamshell", 2, 7);
        List<Prescribed> history = PrescriptionHistory.of(
                List.of(
                        new Version(march(3), march(3), List.of(CLAMSHELL, BRIDGE)),
                        new Version(march(3), march(10), List.of(harder))),
                null);

        assertEquals(
                List.of(
                        new Prescribed(11, "Clamshell", march(10), null, 2, 7),
                        new Prescribed(11, "Clamshell", march(3), march(10), 1, 5),
                        new Prescribed(12, "Hip bridge", march(3), march(10), 2, 7)),
                history);
    }

    @Test
    void aVersionOvertakenBeforeItsStartIsNeverInForce() {
        // Version 1 was to start on 20 March; version 2, saved on 10 March, starts on 15 March.
        List<Prescribed> history = PrescriptionHistory.of(
                List.of(
                        new Version(march(20), march(5), List.of(CLAMSHELL)),
                        new Version(march(15), march(10), List.of(BRIDGE))),
                null);

        assertEquals(List.of(new Prescribed(12, "Hip bridge", march(15), null, 2, 7)), history);
    }

    @Test
    void theProgramsEndCutsEveryVersionAndDropsThoseAfterIt() {
        List<Prescribed> history = PrescriptionHistory.of(
                List.of(
                        new Version(march(3), march(3), List.of(CLAMSHELL)),
                        new Version(march(10), march(9), List.of(BRIDGE)),
                        new Version(march(25), march(12), List.of(CLAMSHELL))),
                march(20));

        assertEquals(
                List.of(
                        new Prescribed(12, "Hip bridge", march(10), march(20), 2, 7),
                        new Prescribed(11, "Clamshell", march(3), march(10), 1, 5)),
                history);
    }

    @Test
    void aProgramEndedOnItsFirstDayAsksNothing() {
        assertEquals(
                List.of(),
                PrescriptionHistory.of(List.of(new Version(march(3), march(3), List.of(CLAMSHELL))), march(3)));
    }
}
