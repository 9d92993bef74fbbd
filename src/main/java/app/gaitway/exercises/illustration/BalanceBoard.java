package app.gaitway.exercises.illustration;

/**
 * A balance board's size and, when a pose tips it ({@link Pose#boardTilt()}), where its deck is. The board tips
 * about the floor under the first support's place, which is x = 0 in every picture of an exercise (see
 * {@link Kinematics}), so the feet on it stay where they were and only follow the deck up or down; the body
 * stays upright over them. A tilt is drawn in the picture plane, so a turned view keeps it readable.
 */
final class BalanceBoard {

    /** Width of the drawn board (H): wide enough that its tilt reads at the 160 px thumbnail. */
    static final double WIDTH = 0.52;
    /** Thickness of its deck (H); the rest of {@link Surface#BALANCE_BOARD}'s height is the rocker under it. */
    static final double DECK = 0.036;
    /** How far the rounded rocker reaches out from the middle (H). */
    static final double ROCKER = 0.12;
    /** About where a tipped deck's low edge, half the board's width out, meets the floor. */
    static final double MOST_TILT = Math.toDegrees(Math.atan((Surface.BALANCE_BOARD.height - DECK) / (WIDTH / 2)));

    private BalanceBoard() {}

    /**
     * Height (H) of the top of the deck at {@code x}, the deck tipped by {@code tiltDegrees} (+ = the end on the
     * picture's right down) about the floor at x = 0: the level top line rotated about that point.
     */
    static double top(double tiltDegrees, double x) {
        double a = Math.toRadians(-tiltDegrees);
        double h = Surface.BALANCE_BOARD.height;
        return (x + h * Math.sin(a)) * Math.tan(a) + h * Math.cos(a);
    }

    /** Height of what a part rests on at {@code x}: the tipped deck for a tilted pose's board, else its height. */
    static double surfaceTop(Pose pose, Surface on, double x) {
        return on == Surface.BALANCE_BOARD && pose.boardTilt() != 0 ? top(pose.boardTilt(), x) : on.height;
    }
}
