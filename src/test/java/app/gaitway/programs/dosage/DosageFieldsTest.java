package app.gaitway.programs.dosage;

import app.gaitway.exercises.illustration.BandPlacement;
import app.gaitway.programs.dosage.Load.BandColour;
import app.gaitway.programs.dosage.Load.WeightUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DosageFieldsTest {

    @Test
    void namesAreTheFormFieldsInOrder() {
        assertEquals(
                List.of(
                        "sets",
                        "reps",
                        "hold",
                        "side",
                        "timesPerDay",
                        "daysPerWeek",
                        "loadType",
                        "bandColour",
                        "bandPlacement",
                        "weight",
                        "weightUnit",
                        "effort",
                        "reserve",
                        "rest",
                        "note"),
                DosageFields.names());
    }

    @Test
    void nullIsEmpty() {
        DosageFields f = new DosageFields(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        for (String name : DosageFields.names()) {
            assertEquals("", f.get(name), name);
        }
    }

    @Test
    void formatsADosageForTheForm() {
        ItemDosage d = new ItemDosage(
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
                "Slowly down");
        assertEquals(
                new DosageFields(
                        "3",
                        "10-15",
                        "",
                        "each_side",
                        "1",
                        "5",
                        "band",
                        "red",
                        "above_knees",
                        "",
                        "",
                        "7-8",
                        "2-3",
                        "60",
                        "Slowly down"),
                DosageFields.of(d));
    }

    @Test
    void formatsASingleNumberAHoldAndAnAnkleWeight() {
        ItemDosage d = new ItemDosage(
                2,
                5,
                5,
                10,
                SideChoice.RIGHT_ONLY,
                2,
                7,
                Load.ankleWeight(new BigDecimal("1.50"), WeightUnit.KG),
                7,
                7,
                null,
                null,
                null,
                null);
        assertEquals(
                new DosageFields(
                        "2", "5", "10", "right_only", "2", "7", "ankle_weight", "", "", "1.5", "kg", "7", "", "", ""),
                DosageFields.of(d));
        assertEquals(
                "10",
                DosageFields.of(new ItemDosage(
                                1,
                                1,
                                1,
                                null,
                                null,
                                1,
                                1,
                                Load.ankleWeight(BigDecimal.TEN.stripTrailingZeros(), WeightUnit.LB),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null))
                        .weight());
    }

    @Test
    void readsFieldsByName() {
        Map<String, String> form = Map.of("sets", "3", "reps", "12", "note", "x");
        DosageFields f = DosageFields.from(form::get);
        assertEquals("3", f.sets());
        assertEquals("12", f.reps());
        assertEquals("x", f.note());
        assertEquals("", f.hold());
        assertThrows(IllegalArgumentException.class, () -> f.get("colour"));
    }

    @Test
    void whatTheFormShowsParsesBackToTheSameDosage() {
        List<ItemDosage> dosages = List.of(
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
                new ItemDosage(1, null, null, 30, SideChoice.BOTH, 2, 7, Load.NONE, null, null, null, null, null, ""),
                new ItemDosage(
                        2,
                        5,
                        5,
                        10,
                        SideChoice.LEFT_ONLY,
                        1,
                        3,
                        Load.ankleWeight(new BigDecimal("2.5"), WeightUnit.LB),
                        null,
                        null,
                        0,
                        1,
                        0,
                        ""),
                new ItemDosage(4, 8, 8, null, SideChoice.RIGHT_ONLY, 1, 4, Load.BODY_WEIGHT, 6, 6, null, null, 90, ""),
                new ItemDosage(
                        3,
                        12,
                        12,
                        null,
                        SideChoice.BOTH,
                        1,
                        5,
                        Load.band(BandColour.GREEN, null),
                        null,
                        null,
                        null,
                        null,
                        null,
                        ""));
        for (ItemDosage d : dosages) {
            assertEquals(d, DosageRules.parse(DosageFields.of(d)).dosageOrNull());
        }
    }
}
