package app.gaitway.exercises.illustration;

import java.util.Locale;

/** Equipment drawn in neutral grey, to scale. */
public enum PropType {
    MAT,
    BENCH,
    CHAIR,
    TABLE,
    STEP,
    WALL,
    BAND,
    ANKLE_WEIGHT,
    BALANCE_BOARD,
    STRAP;

    static PropType parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown prop \"" + name + "\"");
        }
    }
}
