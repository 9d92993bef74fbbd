package app.gaitway.patientside.web;

import app.gaitway.programs.dosage.ItemDosage;
import app.gaitway.programs.dosage.SideChoice;
import app.gaitway.shared.web.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BriefDosageTest {

    private static final Messages TEXTS = new Messages();

    private static ItemDosage reps(int sets, Integer min, Integer max, SideChoice side) {
        return new ItemDosage(sets, min, max, null, side, 1, 7, null, null, null, null, null, null, "");
    }

    private static ItemDosage hold(int sets, Integer holds, int seconds, SideChoice side) {
        return new ItemDosage(sets, holds, holds, seconds, side, 1, 7, null, null, null, null, null, null, "");
    }

    @Test
    void repetitionsReadAsSetsTimesReps() {
        assertEquals("3 \u00d7 10 each side", BriefDosage.words(reps(3, 10, 10, SideChoice.EACH_SIDE), TEXTS));
        assertEquals("2 \u00d7 10\u201315", BriefDosage.words(reps(2, 10, 15, SideChoice.BOTH), TEXTS));
        assertEquals("12 times, left side", BriefDosage.words(reps(1, 12, 12, SideChoice.LEFT_ONLY), TEXTS));
    }

    @Test
    void holdsReadAsSecondsTimesHowOften() {
        assertEquals("hold 30 s \u00d7 3", BriefDosage.words(hold(3, null, 30, SideChoice.BOTH), TEXTS));
        assertEquals("hold 30 s \u00d7 3", BriefDosage.words(hold(3, 1, 30, SideChoice.BOTH), TEXTS), "one hold a set");
        assertEquals("hold 45 s each side", BriefDosage.words(hold(1, null, 45, SideChoice.EACH_SIDE), TEXTS));
        assertEquals(
                "2 \u00d7 5 holds of 10 s, right side",
                BriefDosage.words(hold(2, 5, 10, SideChoice.RIGHT_ONLY), TEXTS));
        assertEquals("3 holds of 30 s each side", BriefDosage.words(hold(1, 3, 30, SideChoice.EACH_SIDE), TEXTS));
    }

    @Test
    void theTimerWalksEachSetEachSideAndEachHold() {
        BriefDosage.TimerPlan plan = BriefDosage.plan(hold(3, 2, 20, SideChoice.EACH_SIDE));
        assertEquals(3, plan.sets());
        assertEquals(2, plan.holdsPerSet());
        assertEquals(List.of("left", "right"), plan.sides());
        assertEquals(12, plan.holds());
        assertEquals(
                List.of(), BriefDosage.plan(hold(2, null, 30, SideChoice.BOTH)).sides(), "no side to say");
        assertEquals(2, BriefDosage.plan(hold(2, null, 30, SideChoice.BOTH)).holds());
        assertEquals(
                List.of("right"),
                BriefDosage.plan(hold(2, null, 30, SideChoice.RIGHT_ONLY)).sides());
        assertNull(BriefDosage.plan(reps(3, 10, 10, SideChoice.EACH_SIDE)), "no timer without a hold");
    }
}
