package app.gaitway.exercises.illustration;

/**
 * How the pelvis lies in the world before any joint angle is applied, seen in the side
 * view (the figure's heading points to the right of the picture). Kneeling, sitting and
 * bent-over positions are upright or prone pelvises plus joint angles; the supports then
 * tilt the whole figure until every resting part touches its surface.
 */
public enum Posture {
    /** Standing, sitting, kneeling: head up, facing right. */
    UPRIGHT(Vec3.FORWARD, Vec3.UP),
    /** Lying on the back, head to the left, belly up. */
    SUPINE(new Vec3(0, 1, 0), new Vec3(-1, 0, 0)),
    /** Face down or on hands and knees: head to the right, belly toward the floor. */
    PRONE(new Vec3(0, -1, 0), new Vec3(1, 0, 0)),
    /** Lying on the right side, left side up; belly to the right in the side view. */
    SIDE_LYING(new Vec3(1, 0, 0), new Vec3(0, 0, 1));

    private final Vec3 forward;
    private final Vec3 up;

    Posture(Vec3 forward, Vec3 up) {
        this.forward = forward;
        this.up = up;
    }

    /** Body frame to world, side view; the body's third axis is forward x up (its right). */
    Rotation frame() {
        return Rotation.ofAxes(forward, up, forward.cross(up));
    }
}
