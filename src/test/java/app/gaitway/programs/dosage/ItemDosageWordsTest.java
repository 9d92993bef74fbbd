package app.gaitway.programs.dosage;

import app.gaitway.exercises.illustration.BandPlacement;
import app.gaitway.programs.dosage.Load.BandColour;
import app.gaitway.programs.dosage.Load.WeightUnit;
import app.gaitway.shared.web.Messages;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItemDosageWordsTest {

    private final Messages messages = new Messages();

    private static ItemDosage reps(int sets, Integer min, Integer max, SideChoice side) {
        return new ItemDosage(sets, min, max, null, side, 1, 5, Load.NONE, null, null, null, null, null, "");
    }

    private static ItemDosage hold(int sets, Integer holds, int seconds, SideChoice side) {
        return new ItemDosage(sets, holds, holds, seconds, side, 1, 7, Load.NONE, null, null, null, null, null, "");
    }

    private static ItemDosage withLoad(Load load) {
        return new ItemDosage(3, 12, 12, null, SideChoice.BOTH, 1, 5, load, null, null, null, null, null, "");
    }

    @Test
    void amountWithEverySide() {
        assertEquals(
                "3 sets of 10\u201315, each side",
                ItemDosageWords.amount(reps(3, 10, 15, SideChoice.EACH_SIDE), messages));
        assertEquals(
                "3 sets of 12, right side only",
                ItemDosageWords.amount(reps(3, 12, 12, SideChoice.RIGHT_ONLY), messages));
        assertEquals(
                "1 set of 8, left side only", ItemDosageWords.amount(reps(1, 8, 8, SideChoice.LEFT_ONLY), messages));
        assertEquals("2 sets of 15", ItemDosageWords.amount(reps(2, 15, 15, SideChoice.BOTH), messages));
    }

    @Test
    void amountOfHolds() {
        assertEquals(
                "Hold 30 seconds, 3 times, each side",
                ItemDosageWords.amount(hold(3, null, 30, SideChoice.EACH_SIDE), messages));
        assertEquals(
                "2 sets of 5 holds of 10 seconds", ItemDosageWords.amount(hold(2, 5, 10, SideChoice.BOTH), messages));
        assertEquals(
                "Hold 30 seconds, twice, right side only",
                ItemDosageWords.amount(hold(2, 1, 30, SideChoice.RIGHT_ONLY), messages));
    }

    @Test
    void howOften() {
        assertEquals("once a day, 5 days a week", ItemDosageWords.often(reps(3, 10, 15, SideChoice.BOTH), messages));
        assertEquals(
                "twice a day, every day",
                ItemDosageWords.often(
                        new ItemDosage(1, 10, 10, null, null, 2, 7, null, null, null, null, null, null, null),
                        messages));
    }

    @Test
    void load() {
        assertEquals(
                "With a red band above your knees",
                ItemDosageWords.load(withLoad(Load.band(BandColour.RED, BandPlacement.ABOVE_KNEES)), messages));
        assertEquals(
                "With a green band around your ankles",
                ItemDosageWords.load(withLoad(Load.band(BandColour.GREEN, BandPlacement.ANKLES)), messages));
        assertEquals(
                "With a yellow band", ItemDosageWords.load(withLoad(Load.band(BandColour.YELLOW, null)), messages));
        assertEquals(
                "With a 1.5 kg ankle weight",
                ItemDosageWords.load(withLoad(Load.ankleWeight(new BigDecimal("1.50"), WeightUnit.KG)), messages));
        assertEquals(
                "With an 8 lb ankle weight",
                ItemDosageWords.load(withLoad(Load.ankleWeight(new BigDecimal("8"), WeightUnit.LB)), messages));
        assertEquals("Using your body weight", ItemDosageWords.load(withLoad(Load.BODY_WEIGHT), messages));
        assertEquals("", ItemDosageWords.load(withLoad(Load.NONE), messages));
    }

    @Test
    void anBeforeNumbersSaidWithAVowelFirst() {
        for (String n : List.of("8", "8.5", "11", "11.5", "18", "80")) {
            assertTrue(ItemDosageWords.readsWithAn(n), n);
        }
        for (String n : List.of("1", "1.5", "2", "10", "12", "28", "0.8", "45")) {
            assertFalse(ItemDosageWords.readsWithAn(n), n);
        }
    }

    @Test
    void effortOnEachScaleGiven() {
        ItemDosage both = new ItemDosage(3, 10, 15, null, null, 1, 5, null, 7, 8, 2, 3, null, null);
        assertEquals(
                List.of("Effort 7\u20138 out of 10", "Stop with 2\u20133 more reps left in you"),
                ItemDosageWords.effort(both, messages));
        ItemDosage oneInReserve = new ItemDosage(3, 10, 15, null, null, 1, 5, null, null, null, 1, 1, null, null);
        assertEquals(List.of("Stop with 1 more rep left in you"), ItemDosageWords.effort(oneInReserve, messages));
        ItemDosage toFailure = new ItemDosage(3, 10, 15, null, null, 1, 5, null, 10, 10, 0, 0, null, null);
        assertEquals(
                List.of("Effort 10 out of 10", "Keep going until you cannot do one more"),
                ItemDosageWords.effort(toFailure, messages));
        assertEquals(List.of(), ItemDosageWords.effort(reps(3, 10, 15, SideChoice.BOTH), messages));
    }

    @Test
    void restBetweenSetsWhenThereIsMoreThanOne() {
        assertEquals(
                "Rest 60 seconds between sets",
                ItemDosageWords.rest(
                        new ItemDosage(3, 10, 15, null, null, 1, 5, null, null, null, null, null, 60, null), messages));
        assertEquals(
                "",
                ItemDosageWords.rest(
                        new ItemDosage(1, 10, 15, null, null, 1, 5, null, null, null, null, null, 60, null), messages));
        assertEquals(
                "",
                ItemDosageWords.rest(
                        new ItemDosage(3, 10, 15, null, null, 1, 5, null, null, null, null, null, 0, null), messages));
        assertEquals("", ItemDosageWords.rest(reps(3, 10, 15, SideChoice.BOTH), messages));
    }

    @Test
    void oneLineSummaryForTheBuilder() {
        ItemDosage bridge = new ItemDosage(
                3,
                10,
                15,
                null,
                SideChoice.EACH_SIDE,
                1,
                5,
                Load.band(BandColour.RED, BandPlacement.ABOVE_KNEES),
                null,
                null,
                null,
                null,
                60,
                "");
        assertEquals(
                "3 \u00D7 10\u201315 each side \u00B7 red band above knees \u00B7 1\u00D7/day, 5 days/wk",
                ItemDosageWords.summary(bridge, messages));
        ItemDosage stretch = new ItemDosage(
                3, null, null, 30, SideChoice.LEFT_ONLY, 2, 7, Load.NONE, null, null, null, null, null, "");
        assertEquals(
                "3 \u00D7 30 s hold left only \u00B7 2\u00D7/day, every day",
                ItemDosageWords.summary(stretch, messages));
        ItemDosage weighted = new ItemDosage(
                2,
                5,
                5,
                10,
                SideChoice.BOTH,
                1,
                1,
                Load.ankleWeight(new BigDecimal("2"), WeightUnit.LB),
                7,
                8,
                2,
                3,
                null,
                "");
        assertEquals(
                "2 \u00D7 5 \u00D7 10 s hold \u00B7 2 lb ankle weight \u00B7 1\u00D7/day, 1 day/wk"
                        + " \u00B7 effort 7\u20138/10 \u00B7 2\u20133 in reserve",
                ItemDosageWords.summary(weighted, messages));
        assertEquals(
                "3 \u00D7 12 right only \u00B7 body weight \u00B7 1\u00D7/day, 5 days/wk",
                ItemDosageWords.summary(
                        new ItemDosage(
                                3,
                                12,
                                12,
                                null,
                                SideChoice.RIGHT_ONLY,
                                1,
                                5,
                                Load.BODY_WEIGHT,
                                null,
                                null,
                                null,
                                null,
                                null,
                                ""),
                        messages));
    }

    @Test
    void everyColourPlacementAndUnitHasItsWords() {
        for (BandColour colour : BandColour.values()) {
            for (BandPlacement placement : BandPlacement.values()) {
                ItemDosage d = withLoad(Load.band(colour, placement));
                assertFalse(ItemDosageWords.load(d, messages).isBlank());
                assertFalse(ItemDosageWords.summary(d, messages).isBlank());
            }
        }
        for (WeightUnit unit : WeightUnit.values()) {
            assertFalse(ItemDosageWords.load(withLoad(Load.ankleWeight(BigDecimal.ONE, unit)), messages)
                    .isBlank());
        }
    }
}
