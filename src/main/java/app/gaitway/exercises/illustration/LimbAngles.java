package app.gaitway.exercises.illustration;

/**
 * Joint angles of one side in degrees, from standing anatomical position (all zero:
 * leg straight down, foot at a right angle to the shin, arm hanging).
 *
 * @param hipFlexion thigh forward (+) or back (extension, −)
 * @param hipAbduction thigh out to the side (+) or across (adduction, −)
 * @param hipRotation knee turned outward (external, +) or inward (−)
 * @param kneeFlexion 0 straight, never hyperextended
 * @param ankle toes toward the shin (dorsiflexion, +) or pointed (plantarflexion, −)
 * @param shoulderFlexion arm forward and up (+) or back (−)
 * @param shoulderAbduction arm out to the side
 * @param elbowFlexion 0 straight
 */
public record LimbAngles(
        double hipFlexion,
        double hipAbduction,
        double hipRotation,
        double kneeFlexion,
        double ankle,
        double shoulderFlexion,
        double shoulderAbduction,
        double elbowFlexion) {

    public static final LimbAngles NEUTRAL = new LimbAngles(0, 0, 0, 0, 0, 0, 0, 0);

    /** Ranges a body can reach (shared ILLUSTRATION.md); a picture outside them is wrong. */
    public LimbAngles {
        JointRange.HIP_FLEXION.check("hip flexion", hipFlexion);
        JointRange.HIP_ABDUCTION.check("hip abduction", hipAbduction);
        JointRange.HIP_ROTATION.check("hip rotation", hipRotation);
        JointRange.KNEE_FLEXION.check("knee flexion", kneeFlexion);
        JointRange.ANKLE.check("ankle", ankle);
        JointRange.SHOULDER_FLEXION.check("shoulder flexion", shoulderFlexion);
        JointRange.SHOULDER_ABDUCTION.check("shoulder abduction", shoulderAbduction);
        JointRange.ELBOW_FLEXION.check("elbow flexion", elbowFlexion);
    }
}
