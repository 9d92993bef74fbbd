package app.gaitway.programs.dosage;

import app.gaitway.exercises.Dosage;
import app.gaitway.exercises.Equipment;
import app.gaitway.exercises.Vocabulary.EquipmentType;
import app.gaitway.programs.dosage.Load.BandColour;
import app.gaitway.programs.dosage.Load.WeightUnit;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a program item starts when the therapist adds an exercise: the library's default dosage, with a load the
 * exercise's equipment suggests. The therapist then changes what this patient needs.
 */
public final class DefaultDosage {

    /** A light-to-medium band, the usual first band in a home program. */
    static final BandColour FIRST_BAND = BandColour.RED;
    /** The lightest ankle weight commonly sold. */
    static final Load FIRST_ANKLE_WEIGHT = Load.ankleWeight(BigDecimal.ONE, WeightUnit.KG);

    private DefaultDosage() {}

    /**
     * The exercise's dosage as an item's: the same sets, repetitions or hold, sides, how often, effort and rest; no
     * reps in reserve and no note. A band in the equipment becomes a red band where the exercise puts it, else
     * an ankle weight becomes 1 kg, else there is no load.
     */
    public static ItemDosage of(Dosage d, List<Equipment> equipment) {
        SideChoice side = d.isEachSide() ? SideChoice.EACH_SIDE : SideChoice.BOTH;
        return new ItemDosage(
                d.sets(),
                d.repsMin(),
                d.repsMax(),
                d.holdSeconds(),
                side,
                d.timesPerDay(),
                d.daysPerWeek(),
                load(equipment),
                d.effortMin(),
                d.effortMax(),
                null,
                null,
                d.restSeconds(),
                "");
    }

    private static Load load(List<Equipment> equipment) {
        for (Equipment e : equipment) {
            if (e.type() == EquipmentType.BAND) {
                return Load.band(FIRST_BAND, e.placement());
            }
        }
        boolean ankleWeight = equipment.stream().anyMatch(e -> e.type() == EquipmentType.ANKLE_WEIGHT);
        return ankleWeight ? FIRST_ANKLE_WEIGHT : Load.NONE;
    }
}
