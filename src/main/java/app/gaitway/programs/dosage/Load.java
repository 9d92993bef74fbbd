package app.gaitway.programs.dosage;

import app.gaitway.exercises.illustration.BandPlacement;

import java.math.BigDecimal;

/**
 * What the patient works against: nothing added, a resistance band (its colour and where it sits), an ankle
 * weight (kg or lb), or their body weight. Only the fields of the chosen type are set.
 */
public record Load(
        LoadType type, BandColour bandColour, BandPlacement bandPlacement, BigDecimal weight, WeightUnit weightUnit) {

    public static final Load NONE = new Load(LoadType.NONE, null, null, null, null);
    public static final Load BODY_WEIGHT = new Load(LoadType.BODY_WEIGHT, null, null, null, null);

    public Load {
        if (type == null) {
            throw new IllegalArgumentException("a load needs a type");
        }
    }

    public static Load band(BandColour colour, BandPlacement placement) {
        return new Load(LoadType.BAND, colour, placement, null, null);
    }

    public static Load ankleWeight(BigDecimal weight, WeightUnit unit) {
        return new Load(LoadType.ANKLE_WEIGHT, null, null, weight, unit);
    }

    public enum LoadType {
        NONE,
        BAND,
        ANKLE_WEIGHT,
        BODY_WEIGHT
    }

    /** The usual band colours, lightest first (the common Thera-Band order). */
    public enum BandColour {
        YELLOW,
        RED,
        GREEN,
        BLUE,
        BLACK,
        SILVER,
        GOLD
    }

    public enum WeightUnit {
        KG,
        LB
    }
}
