package app.gaitway.goals;

/** Which way a measure improves: more strength or range is better, less pain or a lower step-down score is. */
public enum Direction {
    HIGHER_IS_BETTER(1),
    LOWER_IS_BETTER(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /** How far {@code to} is better than {@code from}: positive when better, negative when worse. */
    public double gain(double from, double to) {
        return sign * (to - from);
    }

    /** Whether {@code value} reaches {@code target} (equal counts). */
    public boolean reaches(double value, double target) {
        return gain(target, value) >= 0;
    }
}
