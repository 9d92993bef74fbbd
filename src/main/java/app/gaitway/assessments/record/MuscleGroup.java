package app.gaitway.assessments.record;

import java.util.Locale;

/** The muscle groups a manual muscle test grades, per side. */
public enum MuscleGroup {
    HIP_ABDUCTORS,
    HIP_EXTENSORS,
    HIP_FLEXORS,
    HIP_EXTERNAL_ROTATORS,
    HIP_INTERNAL_ROTATORS,
    HIP_ADDUCTORS,
    KNEE_EXTENSORS,
    KNEE_FLEXORS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
