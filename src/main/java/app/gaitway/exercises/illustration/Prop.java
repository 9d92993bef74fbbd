package app.gaitway.exercises.illustration;

import java.util.Objects;

/**
 * A piece of equipment. Surfaces (bench, chair, table, step, balance board) are placed
 * under the body parts resting on them in the start pose; a wall stands behind
 * {@code at}; a band goes round both legs at {@code band}; an ankle weight on {@code side}; a
 * strap (or towel) runs from both hands round the sole of the {@code side} foot.
 * A mat, when present, is what lying and kneeling supports rest on.
 */
public record Prop(PropType type, BandPlacement band, Side side, BodyPart at) {

    public Prop {
        Objects.requireNonNull(type, "prop type");
        if (type == PropType.BAND && band == null) {
            throw new IllegalArgumentException("a band needs a placement: above_knees, below_knees or ankles");
        }
        if (type == PropType.ANKLE_WEIGHT && side == null) {
            throw new IllegalArgumentException("an ankle weight needs a side: left or right");
        }
        if (type == PropType.STRAP && side == null) {
            throw new IllegalArgumentException("a strap needs a side: left or right (the foot it goes round)");
        }
        if (type == PropType.WALL && at == null) {
            throw new IllegalArgumentException("a wall needs \"at\": the body part that touches it");
        }
    }

    static Prop of(PropType type) {
        return new Prop(type, null, null, null);
    }
}
