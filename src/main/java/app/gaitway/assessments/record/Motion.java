package app.gaitway.assessments.record;

import java.util.Locale;

/**
 * The motions a goniometer measures and the values a form accepts. What is normal for a patient is not here: it
 * depends on age, and {@code findings.RomNorms} holds it. Knee extension is recorded as the angle reached: 0 is
 * straight, −10 lacks 10° of extension, +5 is 5° of hyperextension.
 */
public enum Motion {
    HIP_FLEXION(0, 150),
    HIP_EXTENSION(-30, 60),
    HIP_ABDUCTION(0, 90),
    HIP_ADDUCTION(0, 60),
    HIP_INTERNAL_ROTATION(0, 90),
    HIP_EXTERNAL_ROTATION(0, 90),
    KNEE_FLEXION(0, 170),
    KNEE_EXTENSION(-60, 20);

    public final int min;
    public final int max;

    Motion(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
