package app.gaitway.assessments.norms;

/**
 * The weight-bearing lunge test (knee to wall) of ankle dorsiflexion: the greatest distance from the big toe to the
 * wall at which the knee still touches the wall with the heel down, in centimetres.
 *
 * <p><b>Why centimetres and not degrees</b>: the distance needs only a tape on the floor, is as reliable as the
 * inclinometer angle (Bennell KL et al., Intra-rater and inter-rater reliability of a weight-bearing lunge measure
 * of ankle dorsiflexion, Aust J Physiother 1998;44(3):175–180: ICC 0.97–0.99 for both; Konor MM et al., Reliability
 * of three measures of ankle dorsiflexion range of motion, Int J Sports Phys Ther 2012;7(3):279–287), and it is what
 * the cut-offs clinicians use are written in. One centimetre is about 3.6° of dorsiflexion (Bennell 1998).
 *
 * <p><b>Restricted</b>: below {@value #RESTRICTED_BELOW_CM} cm is flagged, {@value #RESTRICTED_BELOW_CM} to under
 * {@value #BORDERLINE_BELOW_CM} cm is a note. Clinicians commonly read under 9–10 cm as restricted; Hoch MC, McKeon
 * PO, Normative range of weight-bearing lunge test performance asymmetry in healthy adults, Man Ther
 * 2011;16(5):516–519, found 12.0 ± 2.8 cm in healthy adults, so 9 cm is about one standard deviation below their
 * mean: the firm end of the common range is flagged and the rest of it noted.
 *
 * <p><b>Side difference</b>: {@value #SIDE_DIFFERENCE_CM} cm or more is flagged. It is beyond the test's
 * measurement error (minimal detectable change 1.9 cm for one clinician, 1.6 cm between clinicians: Powden CJ, Hoch
 * JM, Hoch MC, Reliability and minimal detectable change of the weight-bearing lunge test: a systematic review, Man
 * Ther 2015;20(4):524–532) and beyond the 1.5 cm or less that most healthy adults show (Hoch &amp; McKeon 2011).
 */
public final class LungeTest {

    public static final double RESTRICTED_BELOW_CM = 9.0;
    public static final double BORDERLINE_BELOW_CM = 10.0;
    public static final double SIDE_DIFFERENCE_CM = 2.0;

    private LungeTest() {}

    public static boolean isRestricted(double cm) {
        return cm < RESTRICTED_BELOW_CM;
    }

    public static boolean isBorderline(double cm) {
        return cm >= RESTRICTED_BELOW_CM && cm < BORDERLINE_BELOW_CM;
    }

    /** Sides apart by more than the test's error; rounded to the millimetre so 11.0 vs 9.0 counts. */
    public static boolean sidesApart(double a, double b) {
        return Math.round(Math.abs(a - b) * 10) >= Math.round(SIDE_DIFFERENCE_CM * 10);
    }
}
