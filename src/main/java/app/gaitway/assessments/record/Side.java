package app.gaitway.assessments.record;

import java.util.Locale;

/** The patient's left or right side. */
public enum Side {
    LEFT,
    RIGHT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }
}
