package app.gaitway.discharge;

import java.util.Locale;
import java.util.Optional;

/** Why care ended. "Other" needs a note saying what. */
public enum DischargeReason {
    GOALS_MET,
    PLATEAU,
    PATIENT_CHOICE,
    REFERRED_ON,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DischargeReason> ofCode(String code) {
        for (DischargeReason r : values()) {
            if (r.code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
