package app.gaitway.exercises.illustration;

import java.util.Locale;

/** The fixed vocabulary of muscle regions a picture can tint. */
public enum MuscleRegion {
    GLUTEUS_MAXIMUS,
    GLUTEUS_MEDIUS_MINIMUS,
    EXTERNAL_ROTATORS,
    HIP_FLEXORS,
    ADDUCTORS,
    QUADRICEPS,
    HAMSTRINGS,
    CALVES,
    CORE;

    static MuscleRegion parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown muscle region \"" + name + "\"");
        }
    }
}
