package app.gaitway.exercises.illustration;

import java.util.Locale;

/** Where a resistance band sits; lower on the leg is harder. */
public enum BandPlacement {
    ABOVE_KNEES("above your knees"),
    BELOW_KNEES("below your knees"),
    ANKLES("around your ankles");

    final String words;

    BandPlacement(String words) {
        this.words = words;
    }

    public static BandPlacement parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown band placement \"" + name + "\"");
        }
    }
}
