package app.gaitway.exercises.illustration;

/** A 3x3 rotation matrix; joints compose these from the pelvis outward. */
record Rotation(double[] m) {

    static final Rotation IDENTITY = new Rotation(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});

    /** Right-handed rotation by {@code degrees} about the unit {@code axis} (Rodrigues). */
    static Rotation about(Vec3 axis, double degrees) {
        double a = Math.toRadians(degrees);
        double c = Math.cos(a);
        double s = Math.sin(a);
        double t = 1 - c;
        double x = axis.x();
        double y = axis.y();
        double z = axis.z();
        return new Rotation(new double[] {
            t * x * x + c,
            t * x * y - s * z,
            t * x * z + s * y,
            t * x * y + s * z,
            t * y * y + c,
            t * y * z - s * x,
            t * x * z - s * y,
            t * y * z + s * x,
            t * z * z + c
        });
    }

    /** The rotation whose columns are the images of the body's x, y and z axes. */
    static Rotation ofAxes(Vec3 x, Vec3 y, Vec3 z) {
        return new Rotation(new double[] {
            x.x(), y.x(), z.x(),
            x.y(), y.y(), z.y(),
            x.z(), y.z(), z.z()
        });
    }

    Rotation then(Rotation inner) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0;
                for (int k = 0; k < 3; k++) {
                    sum += m[i * 3 + k] * inner.m[k * 3 + j];
                }
                r[i * 3 + j] = sum;
            }
        }
        return new Rotation(r);
    }

    Vec3 apply(Vec3 v) {
        return new Vec3(
                m[0] * v.x() + m[1] * v.y() + m[2] * v.z(),
                m[3] * v.x() + m[4] * v.y() + m[5] * v.z(),
                m[6] * v.x() + m[7] * v.y() + m[8] * v.z());
    }
}
