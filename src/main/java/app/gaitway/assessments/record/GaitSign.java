package app.gaitway.assessments.record;

import java.util.Locale;

/** Signs seen while the patient walks, per side, rated none / mild / moderate / marked. */
public enum GaitSign {
    PELVIC_DROP,
    HIP_SWING,
    TRUNK_LEAN,
    KNEE_VALGUS,
    FOOT_PRONATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
