package app.gaitway.worklist;

import app.gaitway.shared.web.Messages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkListWordsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private final Messages messages = new Messages();
    private final WorkListRules rules = new WorkListRules(TODAY, Instant.parse("2026-12-06T09:30:00Z"));

    private static WorkListRepository.Reported reported(int highPain, int tooHardDays, LocalDate latest) {
        return new WorkListRepository.Reported(1, 2, "Helen Walsh", "Hip", highPain, tooHardDays, latest, "Ana Lopez");
    }

    @Test
    void aReviewSaysWhenItWasDue() {
        assertEquals("review due today", WorkListWords.due(0, TODAY, messages));
        assertEquals("review was due 5 Dec 2026, 1 day ago", WorkListWords.due(-1, TODAY.minusDays(1), messages));
        assertEquals("review was due 26 Nov 2026, 10 days ago", WorkListWords.due(-10, TODAY.minusDays(10), messages));
    }

    @Test
    void aReportSaysThePainFirstThenTooHardThenWhen() {
        assertEquals(
                "pain 8 out of 10 \u00b7 too hard on 2 days \u00b7 latest 4 Dec 2026",
                WorkListWords.reported(reported(8, 2, TODAY.minusDays(2)), rules, messages));
        assertEquals(
                "too hard on 1 day \u00b7 latest today",
                WorkListWords.reported(reported(0, 1, TODAY), rules, messages));
        assertEquals(
                "pain 7 out of 10 \u00b7 latest today", WorkListWords.reported(reported(7, 0, TODAY), rules, messages));
    }
}
