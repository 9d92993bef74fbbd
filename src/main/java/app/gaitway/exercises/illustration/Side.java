package app.gaitway.exercises.illustration;

/** The patient's left or right. */
public enum Side {
    LEFT,
    RIGHT;

    /** +1 for left, -1 for right: the sign of abduction and rotation about the body's axes. */
    double sign() {
        return this == LEFT ? 1 : -1;
    }

    String word() {
        return this == LEFT ? "left" : "right";
    }
}
