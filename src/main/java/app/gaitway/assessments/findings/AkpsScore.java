package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Anterior Knee Pain Scale (AKPS, "Kujala score"): Kujala UM, Jaakkola LH, Koskinen SK, Taimela S, Hurme M,
 * Nelimarkka O. Scoring of patellofemoral disorders. Arthroscopy 1993;9(2):159–163. Thirteen items, each answer
 * worth the points the authors print beside it ({@link AssessmentFields#akpsPoints(int)}); the total, 0–100, is the sum,
 * higher for better function. The authors give no rule for a missing item, so a total counts only when all 13 are
 * answered.
 *
 * <p><b>Terms</b>: published in full in the article above; no licence holder, registration or fee is named by the
 * authors or the journal for clinical use (the clinical practice guideline for patellofemoral pain, Willy et al. 2019,
 * J Orthop Sports Phys Ther 49(9):CPG1, recommends it). The item wording in {@code measures.properties} is the
 * published English wording; the operator should confirm these terms for their own use (README, "Outcome measures").
 *
 * <p><b>Minimal clinically important difference</b>: {@value #MINIMAL_IMPORTANT_CHANGE} points. Crossley KM, Bennell
 * KL, Cowan SM, Green S. Analysis of outcome measures for persons with patellofemoral pain: which are reliable and
 * responsive? Arch Phys Med Rehabil 2004;85(5):815–822 estimated 8–10 points; the upper end is used so a flagged
 * change is one the patient notices.
 */
public final class AkpsScore {

    public static final int ITEMS = AssessmentFields.AKPS_ITEMS;
    public static final int MAX = 100;
    public static final int MINIMAL_IMPORTANT_CHANGE = 10;

    private final Integer[] points;

    private AkpsScore(Integer[] points) {
        this.points = points;
    }

    public static AkpsScore of(AssessmentValues values) {
        Integer[] points = new Integer[ITEMS];
        for (int i = 1; i <= ITEMS; i++) {
            points[i - 1] = values.integer(AssessmentFields.akps(i)).orElse(null);
        }
        return ofPoints(points);
    }

    /** The total of {@code values} when all 13 items are answered: what a goal or an export reads. */
    public static OptionalInt total(AssessmentValues values) {
        return of(values).total();
    }

    /** From the points of the answers to items 1–13 in order, null for an item not answered. */
    public static AkpsScore ofPoints(Integer... points) {
        if (points.length != ITEMS) {
            throw new IllegalArgumentException("the AKPS has " + ITEMS + " items, not " + points.length);
        }
        for (int i = 0; i < ITEMS; i++) {
            Integer p = points[i];
            if (p != null && Arrays.stream(AssessmentFields.akpsPoints(i + 1)).noneMatch(allowed -> allowed == p)) {
                throw new IllegalArgumentException("item " + (i + 1) + " of the AKPS has no answer worth " + p);
            }
        }
        return new AkpsScore(points.clone());
    }

    public int answered() {
        return (int) Arrays.stream(points).filter(Objects::nonNull).count();
    }

    public boolean isEmpty() {
        return answered() == 0;
    }

    public boolean isComplete() {
        return answered() == ITEMS;
    }

    /** 0–100, only when all 13 items are answered. */
    public OptionalInt total() {
        return isComplete()
                ? OptionalInt.of(
                        Arrays.stream(points).mapToInt(Integer::intValue).sum())
                : OptionalInt.empty();
    }

    /** The change between two complete scores, or empty when either is missing or incomplete. */
    public static Optional<Change> change(AkpsScore previous, AkpsScore current) {
        if (previous == null || current == null || !previous.isComplete() || !current.isComplete()) {
            return Optional.empty();
        }
        return Optional.of(
                new Change(previous.total().getAsInt(), current.total().getAsInt()));
    }

    /** From one complete AKPS total to a later one. */
    public record Change(int from, int to) {

        /** Positive when function improved. */
        public int points() {
            return to - from;
        }

        public boolean isClinicallyImportant() {
            return Math.abs(points()) >= MINIMAL_IMPORTANT_CHANGE;
        }
    }
}
