package app.gaitway.assessments;

import java.util.Locale;

/**
 * The motions a goniometer measures, with the usual adult norm (AAOS, as DOMAIN.md gives it) and the values a
 * form accepts. A value below {@link #normLow} is flagged. Knee extension is recorded as the angle reached: 0 is
 * straight, −10 lacks 10° of extension, +5 is 5° of hyperextension.
 */
public enum Motion {
    HIP_FLEXION(120, 120, 0, 150),
    HIP_EXTENSION(20, 30, -30, 60),
    HIP_ABDUCTION(45, 45, 0, 90),
    HIP_ADDUCTION(30, 30, 0, 60),
    HIP_INTERNAL_ROTATION(45, 45, 0, 90),
    HIP_EXTERNAL_ROTATION(45, 45, 0, 90),
    KNEE_FLEXION(135, 150, 0, 170),
    KNEE_EXTENSION(0, 0, -60, 20);

    public final int normLow;
    public final int normHigh;
    public final int min;
    public final int max;

    Motion(int normLow, int normHigh, int min, int max) {
        this.normLow = normLow;
        this.normHigh = normHigh;
        this.min = min;
        this.max = max;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean belowNorm(int degrees) {
        return degrees < normLow;
    }

    /** "120°" or "20–30°". */
    public String normText() {
        return normLow == normHigh ? normLow + "°" : normLow + "\u2013" + normHigh + "°";
    }
}
