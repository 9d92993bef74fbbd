package app.gaitway.worklist;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkListRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Instant NOW = Instant.parse("2026-12-06T09:30:00Z");
    private final WorkListRules rules = new WorkListRules(TODAY, NOW);

    @Test
    void aReviewIsDueOnItsDayAndAfterNeverBefore() {
        assertTrue(rules.isReviewDue(TODAY));
        assertTrue(rules.isReviewDue(TODAY.minusDays(40)));
        assertFalse(rules.isReviewDue(TODAY.plusDays(1)));
        assertFalse(rules.isReviewDue(null), "a program without a review date is never due");
    }

    @Test
    void reportsCountOverTheSevenDaysBeforeTodayAndToday() {
        assertTrue(rules.isReportCounted(TODAY), "this morning's report is listed at once");
        assertTrue(rules.isReportCounted(TODAY.minusDays(7)), "the first of the 7 days before today");
        assertFalse(rules.isReportCounted(TODAY.minusDays(8)));
        assertFalse(rules.isReportCounted(TODAY.plusDays(1)));
        assertEquals(TODAY.minusDays(7), rules.reportsFrom());
    }

    @Test
    void painOfSevenOrMoreIsHighSixIsNot() {
        assertTrue(rules.isHighPain(7));
        assertTrue(rules.isHighPain(10));
        assertFalse(rules.isHighPain(6));
        assertFalse(rules.isHighPain(null));
        assertFalse(rules.isHighPain(0), "0 stands for no high pain in the query's answer");
    }

    @Test
    void aPatientIsSilentAfterSevenWholeDaysWithoutAnEntry() {
        LocalDate longAgo = TODAY.minusDays(60);
        assertTrue(rules.isSilent(TODAY.minusDays(8), longAgo), "nothing on any of the 7 days before today");
        assertFalse(rules.isSilent(TODAY.minusDays(7), longAgo), "an entry on the first of the 7 days");
        assertFalse(rules.isSilent(TODAY.minusDays(1), longAgo), "logged yesterday evening, not yet today: not silent");
        assertTrue(rules.isSilent(null, longAgo), "never logged");
    }

    @Test
    void silenceIsNotJudgedBeforeTheProgramAndLinkWereAWeekInTheirHands() {
        assertTrue(rules.isSilent(null, TODAY.minusDays(7)), "link made 7 days ago: a whole week without an entry");
        assertFalse(rules.isSilent(null, TODAY.minusDays(6)), "link made 6 days ago: not a whole week yet");
        assertFalse(rules.isSilent(null, TODAY));
    }

    @Test
    void linksAreListedFromFourteenDaysBeforeExpiryUntilFourteenDaysAfter() {
        Duration day = Duration.ofDays(1);
        assertTrue(rules.isLinkListed(NOW.plus(day.multipliedBy(13))));
        assertTrue(rules.isLinkListed(NOW.plus(Duration.ofDays(14)).minusSeconds(1)));
        assertFalse(rules.isLinkListed(NOW.plus(Duration.ofDays(14))));
        assertFalse(rules.isLinkListed(NOW.plus(day.multipliedBy(180))), "a new link is not listed");
        assertTrue(rules.isLinkListed(NOW.minus(day.multipliedBy(3))), "expired 3 days ago, still listed");
        assertFalse(rules.isLinkListed(NOW.minus(Duration.ofDays(14))), "expired two weeks ago: no longer");
    }

    @Test
    void daysUntilCountsCalendarDays() {
        assertEquals(0, rules.daysUntil(TODAY));
        assertEquals(-5, rules.daysUntil(TODAY.minusDays(5)));
        assertEquals(3, rules.daysUntil(TODAY.plusDays(3)));
    }
}
