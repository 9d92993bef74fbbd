package app.gaitway.programs.dosage;

import app.gaitway.exercises.illustration.BandPlacement;
import app.gaitway.programs.dosage.Load.BandColour;
import app.gaitway.programs.dosage.Load.WeightUnit;
import app.gaitway.shared.web.Messages;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DosageRulesTest {

    private final Messages messages = new Messages();

    /** A valid form: 3 × 10–15 each side, once a day, 5 days a week; each test changes what it is about. */
    private static DosageFields form(String... nameValuePairs) {
        Map<String, String> values = new HashMap<>(
                Map.of("sets", "3", "reps", "10-15", "side", "each_side", "timesPerDay", "1", "daysPerWeek", "5"));
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            values.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return DosageFields.from(values::get);
    }

    private static ItemDosage valid(String... nameValuePairs) {
        DosageResult result = DosageRules.parse(form(nameValuePairs));
        assertTrue(result.isValid(), () -> "errors: " + result.errors());
        return result.dosageOrNull();
    }

    /** The only problem of the form, as field and message key; the key must exist in the bundle. */
    private Map<String, String> errors(String... nameValuePairs) {
        DosageResult result = DosageRules.parse(form(nameValuePairs));
        assertFalse(result.isValid());
        assertNull(result.dosageOrNull());
        result.errors().values().forEach(messages::get);
        return result.errors();
    }

    @Test
    void readsAFullForm() {
        ItemDosage d = valid(
                "loadType",
                "band",
                "bandColour",
                "red",
                "bandPlacement",
                "above_knees",
                "effort",
                "7-8",
                "reserve",
                "2-3",
                "rest",
                "60",
                "note",
                "  Slowly down  ");
        assertEquals(
                new ItemDosage(
                        3,
                        10,
                        15,
                        null,
                        SideChoice.EACH_SIDE,
                        1,
                        5,
                        Load.band(BandColour.RED, BandPlacement.ABOVE_KNEES),
                        7,
                        8,
                        2,
                        3,
                        60,
                        "Slowly down"),
                d);
    }

    @Test
    void readsRepetitionsAsANumberOrARangeWrittenAnyUsualWay() {
        for (String reps : List.of(
                "10-15", "10\u201315", "10 to 15", " 10 - 15 ", "10 TO 15", "10\u00A0\u2013\u00A015", "10\u221215")) {
            ItemDosage d = valid("reps", reps);
            assertEquals(10, d.repsMin(), reps);
            assertEquals(15, d.repsMax(), reps);
        }
        ItemDosage single = valid("reps", " 12 ");
        assertEquals(12, single.repsMin());
        assertEquals(12, single.repsMax());
        assertFalse(single.hasRepRange());
    }

    @Test
    void rejectsSetsOutsideOneToTen() {
        assertEquals(Map.of("sets", "dosage.error.sets.range"), errors("sets", "0"));
        assertEquals(Map.of("sets", "dosage.error.sets.range"), errors("sets", "11"));
        assertEquals(Map.of("sets", "dosage.error.sets.range"), errors("sets", ""));
        assertEquals(10, valid("sets", "10").sets());
        assertEquals("Sets: type a whole number from 1 to 10.", messages.get("dosage.error.sets.range"));
    }

    @Test
    void saysAWholeNumberIsNeededWhenTextIsTyped() {
        assertEquals(Map.of("sets", "dosage.error.sets.notNumber"), errors("sets", "three"));
        assertEquals(Map.of("sets", "dosage.error.sets.notNumber"), errors("sets", "2.5"));
        assertEquals(Map.of("reps", "dosage.error.reps.notNumber"), errors("reps", "ten"));
        assertEquals(Map.of("hold", "dosage.error.hold.notNumber"), errors("hold", "30s"));
        assertEquals(Map.of("daysPerWeek", "dosage.error.daysPerWeek.notNumber"), errors("daysPerWeek", "daily"));
        assertEquals("Sets must be a whole number, like 3.", messages.get("dosage.error.sets.notNumber"));
    }

    @Test
    void aHugeNumberIsOutOfRangeNotText() {
        assertEquals(Map.of("sets", "dosage.error.sets.range"), errors("sets", "99999999999999"));
        assertEquals(Map.of("reps", "dosage.error.reps.range"), errors("reps", "10-99999999999999"));
    }

    @Test
    void repetitionsFrom1To100WithTheSmallerNumberFirst() {
        assertEquals(Map.of("reps", "dosage.error.reps.order"), errors("reps", "50\u201310"));
        assertEquals("Repetitions: put the smaller number first, like 10-15.", messages.get("dosage.error.reps.order"));
        assertEquals(Map.of("reps", "dosage.error.reps.range"), errors("reps", "0"));
        assertEquals(Map.of("reps", "dosage.error.reps.range"), errors("reps", "10-101"));
        assertEquals(Map.of("reps", "dosage.error.reps.notNumber"), errors("reps", "-5"));
        assertEquals(100, valid("reps", "1-100").repsMax());
    }

    @Test
    void holdFrom1To600Seconds() {
        assertEquals(Map.of("hold", "dosage.error.hold.range"), errors("hold", "-5"));
        assertEquals(Map.of("hold", "dosage.error.hold.range"), errors("hold", "\u22125"));
        assertEquals(Map.of("hold", "dosage.error.hold.range"), errors("hold", "0"));
        assertEquals(Map.of("hold", "dosage.error.hold.range"), errors("hold", "601"));
        ItemDosage hold = valid("reps", "", "hold", "30");
        assertEquals(30, hold.holdSeconds());
        assertNull(hold.repsMin());
        assertTrue(hold.isHold());
    }

    @Test
    void withAHoldRepetitionsCountTheHolds() {
        ItemDosage d = valid("reps", "5", "hold", "10");
        assertEquals(5, d.repsMin());
        assertEquals(10, d.holdSeconds());
    }

    @Test
    void needsRepetitionsOrAHold() {
        assertEquals(Map.of("reps", "dosage.error.repsOrHold"), errors("reps", "", "hold", " "));
    }

    @Test
    void howOften() {
        assertEquals(Map.of("timesPerDay", "dosage.error.timesPerDay.range"), errors("timesPerDay", "0"));
        assertEquals(Map.of("timesPerDay", "dosage.error.timesPerDay.range"), errors("timesPerDay", "7"));
        assertEquals(Map.of("daysPerWeek", "dosage.error.daysPerWeek.range"), errors("daysPerWeek", "8"));
        assertEquals(Map.of("daysPerWeek", "dosage.error.daysPerWeek.range"), errors("daysPerWeek", ""));
        ItemDosage d = valid("timesPerDay", "6", "daysPerWeek", "7");
        assertEquals(6, d.timesPerDay());
        assertEquals(7, d.daysPerWeek());
    }

    @Test
    void side() {
        assertEquals(SideChoice.LEFT_ONLY, valid("side", "left_only").side());
        assertEquals(SideChoice.BOTH, valid("side", "").side());
        assertEquals(Map.of("side", "dosage.error.side"), errors("side", "middle"));
    }

    @Test
    void effortOutOfTenAsANumberOrRange() {
        ItemDosage d = valid("effort", "7 to 8");
        assertEquals(7, d.effortMin());
        assertEquals(8, d.effortMax());
        assertEquals(10, valid("effort", "10").effortMin());
        assertEquals(Map.of("effort", "dosage.error.effort.range"), errors("effort", "0"));
        assertEquals(Map.of("effort", "dosage.error.effort.range"), errors("effort", "8-11"));
        assertEquals(Map.of("effort", "dosage.error.effort.order"), errors("effort", "8-7"));
        assertEquals(Map.of("effort", "dosage.error.effort.notNumber"), errors("effort", "hard"));
        assertFalse(valid("effort", "").hasEffort());
    }

    @Test
    void repsInReserveFrom0To10() {
        ItemDosage d = valid("reserve", "0-1");
        assertEquals(0, d.reserveMin());
        assertEquals(1, d.reserveMax());
        assertEquals(Map.of("reserve", "dosage.error.reserve.range"), errors("reserve", "11"));
        assertEquals(Map.of("reserve", "dosage.error.reserve.order"), errors("reserve", "3-2"));
        assertFalse(valid("reserve", "").hasReserve());
    }

    @Test
    void restIsOptionalUpTo600Seconds() {
        assertNull(valid("rest", "").restSeconds());
        assertEquals(0, valid("rest", "0").restSeconds());
        assertEquals(600, valid("rest", "600").restSeconds());
        assertEquals(Map.of("rest", "dosage.error.rest.range"), errors("rest", "601"));
        assertEquals(Map.of("rest", "dosage.error.rest.range"), errors("rest", "-1"));
        assertEquals(Map.of("rest", "dosage.error.rest.notNumber"), errors("rest", "1 min"));
    }

    @Test
    void noteUpTo300Characters() {
        assertEquals("a".repeat(300), valid("note", "a".repeat(300)).note());
        assertEquals(Map.of("note", "dosage.error.note.tooLong"), errors("note", "a".repeat(301)));
    }

    @Test
    void noLoadWhenEmptyOrNone() {
        assertEquals(Load.NONE, valid("loadType", "").load());
        assertEquals(Load.NONE, valid("loadType", "none").load());
        assertEquals(Load.BODY_WEIGHT, valid("loadType", "body_weight").load());
        assertEquals(Map.of("loadType", "dosage.error.loadType"), errors("loadType", "kettlebell"));
    }

    @Test
    void aBandNeedsAColourAndMaySayWhereItSits() {
        assertEquals(
                Load.band(BandColour.GREEN, null),
                valid("loadType", "band", "bandColour", "green").load());
        assertEquals(
                Load.band(BandColour.RED, BandPlacement.ANKLES),
                valid("loadType", "band", "bandColour", "red", "bandPlacement", "ankles")
                        .load());
        assertEquals(Map.of("bandColour", "dosage.error.bandColour"), errors("loadType", "band"));
        assertEquals(
                Map.of("bandColour", "dosage.error.bandColour"), errors("loadType", "band", "bandColour", "purple"));
        assertEquals(
                Map.of("bandPlacement", "dosage.error.bandPlacement"),
                errors("loadType", "band", "bandColour", "red", "bandPlacement", "elbows"));
    }

    @Test
    void anAnkleWeightNeedsAWeightUpTo20KgOr45LbAndAUnit() {
        assertEquals(
                Load.ankleWeight(new BigDecimal("1.5"), WeightUnit.KG),
                valid("loadType", "ankle_weight", "weight", "1.5", "weightUnit", "kg")
                        .load());
        assertEquals(
                Load.ankleWeight(new BigDecimal("1.5"), WeightUnit.KG),
                valid("loadType", "ankle_weight", "weight", "1,50", "weightUnit", "kg")
                        .load());
        assertEquals(
                Load.ankleWeight(new BigDecimal("45"), WeightUnit.LB),
                valid("loadType", "ankle_weight", "weight", "45", "weightUnit", "lb")
                        .load());
        assertEquals(
                Map.of("weight", "dosage.error.weight.rangeLb"),
                errors("loadType", "ankle_weight", "weight", "46", "weightUnit", "lb"));
        assertEquals(
                Map.of("weight", "dosage.error.weight.rangeKg"),
                errors("loadType", "ankle_weight", "weight", "21", "weightUnit", "kg"));
        assertEquals(
                Map.of("weight", "dosage.error.weight.rangeKg"),
                errors("loadType", "ankle_weight", "weight", "0", "weightUnit", "kg"));
        assertEquals(
                Map.of("weight", "dosage.error.weight.notNumber"),
                errors("loadType", "ankle_weight", "weight", "heavy", "weightUnit", "kg"));
        assertEquals(
                Map.of("weight", "dosage.error.weight.decimals"),
                errors("loadType", "ankle_weight", "weight", "1.125", "weightUnit", "kg"));
        assertEquals(
                Map.of("weight", "dosage.error.weight.required"),
                errors("loadType", "ankle_weight", "weightUnit", "kg"));
        assertEquals(
                Map.of("weightUnit", "dosage.error.weightUnit"), errors("loadType", "ankle_weight", "weight", "2"));
        assertEquals(
                Map.of("weight", "dosage.error.weight.range", "weightUnit", "dosage.error.weightUnit"),
                errors("loadType", "ankle_weight", "weight", "0", "weightUnit", "stone"));
    }

    @Test
    void ignoresTheFieldsOfOtherLoadTypes() {
        assertEquals(
                Load.NONE,
                valid("loadType", "none", "bandColour", "purple", "weight", "heavy")
                        .load());
        assertEquals(
                Load.band(BandColour.RED, null),
                valid("loadType", "band", "bandColour", "red", "weight", "99", "weightUnit", "kg")
                        .load());
        assertEquals(
                Load.ankleWeight(BigDecimal.ONE, WeightUnit.KG),
                valid(
                                "loadType",
                                "ankle_weight",
                                "weight",
                                "1",
                                "weightUnit",
                                "kg",
                                "bandColour",
                                "red",
                                "bandPlacement",
                                "elbows")
                        .load());
    }

    @Test
    void findsEveryProblemAtOnceInFormOrder() {
        DosageResult result = DosageRules.parse(
                form("note", "x".repeat(400), "sets", "0", "reps", "50-10", "hold", "-5", "effort", "11"));
        assertEquals(
                List.of("sets", "reps", "hold", "effort", "note"),
                List.copyOf(result.errors().keySet()));
        assertEquals("dosage.error.reps.order", result.errorFor("reps"));
        assertNull(result.errorFor("side"));
    }

    @Test
    void checksADosageThatDidNotComeFromTheForm() {
        ItemDosage fine = new ItemDosage(
                3, 10, 15, null, SideChoice.EACH_SIDE, 1, 5, Load.NONE, null, null, null, null, null, "");
        assertEquals(Map.of(), DosageRules.check(fine));
        ItemDosage tooMany = new ItemDosage(
                30, 10, 15, null, SideChoice.EACH_SIDE, 1, 5, Load.NONE, null, null, null, null, null, "");
        assertEquals(Map.of("sets", "dosage.error.sets.range"), DosageRules.check(tooMany));
    }

    @Test
    void aNoteWithAControlCharacterIsRefused() {
        assertEquals(Map.of("note", "field.controlCharacter"), errors("note", "Slowly\u0000 down"));
        assertEquals(Map.of("note", "field.controlCharacter"), errors("note", "Slowly\ndown"));
    }
}
