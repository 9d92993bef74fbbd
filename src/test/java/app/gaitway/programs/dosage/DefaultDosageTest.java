package app.gaitway.programs.dosage;

import app.gaitway.exercises.Dosage;
import app.gaitway.exercises.Equipment;
import app.gaitway.exercises.Vocabulary.EquipmentType;
import app.gaitway.exercises.Vocabulary.Sides;
import app.gaitway.exercises.illustration.BandPlacement;
import app.gaitway.programs.dosage.Load.BandColour;
import app.gaitway.programs.dosage.Load.WeightUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DefaultDosageTest {

    private static final Dosage CLAMSHELL = new Dosage(3, 10, 15, null, Sides.EACH_SIDE, 1, 5, 7, 8, 60);

    @Test
    void copiesTheExerciseDosage() {
        assertEquals(
                new ItemDosage(3, 10, 15, null, SideChoice.EACH_SIDE, 1, 5, Load.NONE, 7, 8, null, null, 60, ""),
                DefaultDosage.of(CLAMSHELL, List.of(new Equipment(EquipmentType.MAT, null))));
        Dosage stretch = new Dosage(3, null, null, 30, Sides.BOTH, 2, 7, null, null, null);
        assertEquals(
                new ItemDosage(3, null, null, 30, SideChoice.BOTH, 2, 7, Load.NONE, null, null, null, null, null, ""),
                DefaultDosage.of(stretch, List.of()));
    }

    @Test
    void aBandBecomesARedBandWhereTheExercisePutsIt() {
        List<Equipment> equipment = List.of(
                new Equipment(EquipmentType.MAT, null), new Equipment(EquipmentType.BAND, BandPlacement.ABOVE_KNEES));
        assertEquals(
                Load.band(BandColour.RED, BandPlacement.ABOVE_KNEES),
                DefaultDosage.of(CLAMSHELL, equipment).load());
        assertEquals(
                Load.band(BandColour.RED, null),
                DefaultDosage.of(CLAMSHELL, List.of(new Equipment(EquipmentType.BAND, null)))
                        .load());
    }

    @Test
    void anAnkleWeightBecomesOneKilo() {
        List<Equipment> equipment =
                List.of(new Equipment(EquipmentType.ANKLE_WEIGHT, null), new Equipment(EquipmentType.MAT, null));
        assertEquals(
                Load.ankleWeight(new BigDecimal("1"), WeightUnit.KG),
                DefaultDosage.of(CLAMSHELL, equipment).load());
    }

    @Test
    void aBandComesBeforeAnAnkleWeight() {
        List<Equipment> equipment = List.of(
                new Equipment(EquipmentType.ANKLE_WEIGHT, null),
                new Equipment(EquipmentType.BAND, BandPlacement.ANKLES));
        assertEquals(
                Load.band(BandColour.RED, BandPlacement.ANKLES),
                DefaultDosage.of(CLAMSHELL, equipment).load());
    }

    @Test
    void theDefaultPassesTheRules() {
        ItemDosage d = DefaultDosage.of(CLAMSHELL, List.of(new Equipment(EquipmentType.ANKLE_WEIGHT, null)));
        assertEquals(Map.of(), DosageRules.check(d));
    }
}
