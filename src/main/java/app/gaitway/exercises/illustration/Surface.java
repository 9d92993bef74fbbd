package app.gaitway.exercises.illustration;

import java.util.Locale;

/**
 * What a body part rests on, with the height of its top as a fraction of H (a 45 cm
 * chair seat is 0.26 H for a 1.70 m patient). Props with a surface are drawn to scale.
 */
public enum Surface {
    FLOOR(0),
    MAT(0.015),
    BENCH(0.25),
    CHAIR(0.26),
    TABLE(0.53),
    STEP(0.1),
    BALANCE_BOARD(0.075);

    final double height;

    Surface(double height) {
        this.height = height;
    }

    static Surface parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown surface \"" + name + "\"");
        }
    }
}
