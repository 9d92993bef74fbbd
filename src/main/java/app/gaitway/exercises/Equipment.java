package app.gaitway.exercises;

import app.gaitway.exercises.Vocabulary.EquipmentType;
import app.gaitway.exercises.illustration.BandPlacement;

/** One piece of equipment; a band also says where it sits, because that sets how hard the exercise is. */
public record Equipment(EquipmentType type, BandPlacement placement) {

    public String code() {
        return Vocabulary.code(type);
    }

    public String placementCode() {
        return placement == null ? null : Vocabulary.code(placement);
    }
}
