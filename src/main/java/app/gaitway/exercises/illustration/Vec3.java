package app.gaitway.exercises.illustration;

/**
 * A point or direction in the figure's 3-D world: x to the right of the picture, y up,
 * z toward the viewer. Lengths are fractions of standing height H.
 */
record Vec3(double x, double y, double z) {

    static final Vec3 ZERO = new Vec3(0, 0, 0);
    static final Vec3 FORWARD = new Vec3(1, 0, 0);
    static final Vec3 UP = new Vec3(0, 1, 0);
    /** The body's left in a right-handed frame: up x forward. */
    static final Vec3 LEFT = UP.cross(FORWARD);

    Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    Vec3 times(double k) {
        return new Vec3(x * k, y * k, z * k);
    }

    Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    double length() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    double distance(Vec3 o) {
        return minus(o).length();
    }

    boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z);
    }
}
