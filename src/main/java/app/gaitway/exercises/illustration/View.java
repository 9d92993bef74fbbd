package app.gaitway.exercises.illustration;

/**
 * Where the viewer stands, always level with the figure. The view follows the movement:
 * side for bridges and kicks, front or back for steps and abduction, front for lying side
 * movements such as clamshells (the viewer faces the patient's belly).
 */
public enum View {
    SIDE(0),
    FRONT(-90),
    BACK(90);

    /** Turn of the figure about the vertical so this view's face points at the viewer. */
    final double yawDegrees;

    View(double yawDegrees) {
        this.yawDegrees = yawDegrees;
    }
}
