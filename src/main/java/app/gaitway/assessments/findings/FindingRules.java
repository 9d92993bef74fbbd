package app.gaitway.assessments.findings;

import app.gaitway.assessments.findings.Finding.Severity;
import app.gaitway.assessments.norms.LungeTest;
import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.MmtGrade;

import java.util.Comparator;
import java.util.Optional;

/**
 * The one table that decides which results are flagged and how much each weighs. {@link FindingsSummary} reads it
 * to write the findings, and the record's tables take their ⚑ marks from those findings ({@link FlagMarks}), so
 * the list and the tables cannot disagree.
 *
 * <h2>Flag or note</h2>
 * <ul>
 * <li><b>Range of motion</b>: below the lower limit of normal for the age band ({@link RomNorms}: Roach &amp; Miles
 * 1991, mean − 2 SD), or more than {@value #ROM_SIDE_DIFFERENCE}° short of the other side. A difference of that size
 * is beyond goniometer error between sessions (about 5°, and up to 10° between testers) and beyond the
 * left-right differences of healthy people, who are near-symmetric at the hip and knee. Anything else: no
 * finding.</li>
 * <li><b>Manual muscle test</b>: flag a side at 4/5 or below, or sides a full grade or more apart (5 vs 4, 4+ vs 3+).
 * A grade below 5 that is neither (4+/5 on one or both sides) is a note: 4+ is within the play of the test.</li>
 * <li><b>Dynamometer</b>: flag a limb-symmetry index under {@value LimbSymmetry#THRESHOLD}%, the common
 * return-to-sport criterion: involved ÷ uninvolved when the affected side is known, else weaker ÷ stronger. When
 * the uninvolved side is the weaker one, a note.</li>
 * <li><b>Movement</b>: lateral step-down moderate (2–3/6) or poor (4–6/6), flagged (Piva et al. 2006 rate anything
 * above 1 as not good); walking signs moderate or marked flagged, mild a note (mild signs are common without pain);
 * Trendelenburg positive flagged; single-leg squat poor flagged, fair a note.</li>
 * <li><b>Pain</b> (0–10 numeric rating scale): {@value #SEVERE_PAIN}/10 or more flagged (severe). A change from the
 * previous visit of {@value #PAIN_MCID} points or more is clinically important: the minimal clinically important
 * difference of the NPRS (Farrar et al. 2001, Pain 94:149, chronic pain: about 2 points or 30%; Childs et al. 2005,
 * Spine 30:1331, low-back pain: 2 points). Worse by that much: flagged; better: a note.</li>
 * <li><b>LEFS</b>: a change of {@value LefsScore#MINIMAL_IMPORTANT_CHANGE} points or more is clinically important (Binkley et al.
 * 1999); down by that much is flagged.</li>
 * <li><b>AKPS</b> (Kujala): a change of {@value AkpsScore#MINIMAL_IMPORTANT_CHANGE} points or more is clinically
 * important (Crossley et al. 2004, see {@link AkpsScore}); down by that much is flagged, up is a note.</li>
 * <li><b>PSFS</b>: a change of the mean by 2 points or of one activity re-scored under the same name by 3 points is
 * clinically important (see {@link PsfsScore}); worse by that much is flagged, better is a note.</li>
 * <li><b>Weight-bearing lunge</b> (knee to wall, {@link LungeTest}): under 9 cm flagged (restricted), 9 to under
 * 10 cm a note; sides {@value LungeTest#SIDE_DIFFERENCE_CM} cm or more apart flagged (beyond the test's minimal
 * detectable change of 1.9 cm, Powden et al. 2015, and the 1.5 cm most healthy adults show, Hoch &amp; McKeon
 * 2011).</li>
 * <li><b>Special tests</b>: a positive FABER or FADIR is flagged (pain provoked at the hip or sacroiliac joint points
 * at a joint source of the pain, not only weak muscles); a positive Thomas test (with the tissue found short) or Ober
 * test is flagged (a short hip flexor or iliotibial band that a stretch can change). Negative tests give no
 * finding.</li>
 * <li><b>Performance tests</b> (norms and cut-offs with their sources in {@code assessments.norms}): past a
 * published fall-risk cut-off flagged: 30-second chair stand below the band for age and sex (CDC STEADI), five times
 * sit to stand over 15 s (Buatois et al. 2008), Timed Up and Go 12 s or more (CDC STEADI), single-leg stance under
 * 5 s (Vellas et al. 1997). The tests past their cut-offs make one "risk of falling" finding, however many: they
 * all say the same thing, and four flags for one risk would bury the rest. Gait speed under 0.8 m/s flagged
 * (Studenski et al. 2011). Worse than average for the age
 * but short of the cut-off (a TUG or sit-to-stand slower than the age's reference, a single-leg stance under the
 * age's mean, gait speed 0.8 to under 1.0 m/s) is a note. Within the norm: no finding.</li>
 * </ul>
 *
 * <h2>Weights</h2>
 * Findings are listed flags first, most weight first. The weight says what to deal with first when the hip is the
 * suspected driver of knee or back pain (DOMAIN.md): a failure of movement control under load (step-down, squat,
 * pelvic drop, Trendelenburg) is what the patient's pain comes from and what the program must change; a measured
 * abductor or extensor deficit is the usual cause behind it, weighted by its size; real weakness on the manual
 * test comes next (lower grades weigh more: they also change which exercises are safe); pain and function that
 * got worse call for a rethink but say nothing about where; an isolated range-of-motion shortfall comes last among
 * flags: it rarely explains the complaint alone. Within the walking signs, the proximal ones (pelvic drop, trunk
 * lean, hip swing) weigh more than knee valgus and foot pronation, which follow from them. Notes weigh less than
 * any flag.
 *
 * <p>A performance test past its fall-risk cut-off comes before all of these: it changes what is safe to do at home
 * (the suggestions then treat the patient as at risk of falling), whatever the hip's part in the pain. Very slow
 * walking follows the strength deficits (it says how limited the patient is, not why). A hip provocation test that is
 * positive weighs like worsening pain (rethink the source); a short tissue on the Thomas or Ober test or a
 * restricted lunge weighs like a range-of-motion shortfall, just above it.
 */
public final class FindingRules {

    public static final int SEVERE_PAIN = 7;
    public static final int PAIN_MCID = 2;
    public static final int ROM_SIDE_DIFFERENCE = 10;

    /** The highest grade still flagged on its own. */
    private static final MmtGrade WEAK = new MmtGrade(4, 0);
    /** Below 4− the muscle cannot take real resistance. */
    private static final MmtGrade UNDER_RESISTANCE = new MmtGrade(4, -1);

    // weights of flags: 50–100; notes: below 50
    static final int W_STEP_DOWN_BASE = 78; // + 2 per point of the 0–6 score: 2/6 → 82, 5/6 → 88
    static final int W_SQUAT_POOR = 85;
    static final int W_TRENDELENBURG = 84;
    static final int W_GAIT_MARKED = 80; // + the sign's weight below
    static final int W_GAIT_MODERATE = 75;
    static final int W_SYMMETRY_BASE = 70; // + 1 per % under 90, at most + 20: 72% → 88
    static final int W_GRADE_BELOW_4_MINUS = 76;
    static final int W_GRADE_FULL_GRADE_APART = 70;
    static final int W_GRADE_ONE_SIDE_WEAK = 65;
    static final int W_GRADE_BOTH_SIDES_WEAK = 58;
    static final int W_LEFS_WORSE = 68;
    // the same weight as the LEFS: each is the patient's own report of function getting worse
    static final int W_AKPS_WORSE = 68;
    static final int W_PSFS_WORSE = 68;
    static final int W_PAIN_WORSE = 68;
    static final int W_PAIN_SEVERE = 66;
    static final int W_ROM_BOTH = 55;
    static final int W_ROM_SIDE_DIFFERENCE = 52;
    static final int W_ROM_BELOW_LIMIT = 50;
    static final int W_FALL_RISK = 90;
    static final int W_SLOW_WALKING = 72;
    static final int W_HIP_PROVOCATION = 66;
    static final int W_SHORT_TISSUE = 56;
    static final int W_LUNGE_RESTRICTED = 54;
    static final int W_LUNGE_SIDE_DIFFERENCE = 53;
    static final int W_NOTE_PAIN = 40;
    static final int W_NOTE_PERFORMANCE = 35;
    static final int W_NOTE_LEFS = 38;
    static final int W_NOTE_MOVEMENT = 30;
    static final int W_NOTE_SYMMETRY = 28;
    static final int W_NOTE_GRADE = 25;
    static final int W_NOTE_LUNGE = 22;
    static final int W_NOTE_GAIT_MILD = 20;

    /** Flags first, then by weight; equal weights keep the order of the record (stable sort). */
    public static final Comparator<Finding> MOST_IMPORTANT_FIRST = Comparator.comparing(
                    (Finding f) -> f.severity() == Severity.FLAG ? 0 : 1)
            .thenComparing(Comparator.comparingInt(Finding::weight).reversed());

    private FindingRules() {}

    // ---- strength

    public static boolean isWeak(MmtGrade grade) {
        return grade.compareTo(WEAK) <= 0;
    }

    /** A full grade or more between the sides: 5 vs 4, 4+ vs 3+ (grades count in thirds). */
    public static boolean fullGradeApart(MmtGrade a, MmtGrade b) {
        return Math.abs(a.value() - b.value()) > 1 - 1e-6;
    }

    /** The severity and weight of a muscle group's grades (either may be null), or empty when both are 5/5. */
    static Optional<Rated> grades(MmtGrade right, MmtGrade left) {
        boolean anyBelowFull = (right != null && !right.isFull()) || (left != null && !left.isFull());
        if (!anyBelowFull) {
            return Optional.empty();
        }
        boolean rightWeak = right != null && isWeak(right);
        boolean leftWeak = left != null && isWeak(left);
        boolean apart = right != null && left != null && fullGradeApart(right, left);
        if (!rightWeak && !leftWeak && !apart) {
            return Optional.of(new Rated(Severity.NOTE, W_NOTE_GRADE));
        }
        MmtGrade lowest = right == null ? left : left == null ? right : right.compareTo(left) <= 0 ? right : left;
        int weight = lowest.compareTo(UNDER_RESISTANCE) < 0
                ? W_GRADE_BELOW_4_MINUS
                : apart
                        ? W_GRADE_FULL_GRADE_APART
                        : rightWeak && leftWeak ? W_GRADE_BOTH_SIDES_WEAK : W_GRADE_ONE_SIDE_WEAK;
        return Optional.of(new Rated(Severity.FLAG, weight));
    }

    /** A symmetry index (in %) that is flagged, weighted by the size of the deficit. */
    static int symmetryWeight(double index) {
        return W_SYMMETRY_BASE + (int) Math.min(20, Math.round(LimbSymmetry.THRESHOLD - index));
    }

    // ---- range of motion

    public static boolean sidesApart(int right, int left) {
        return Math.abs(right - left) > ROM_SIDE_DIFFERENCE;
    }

    // ---- gait and movement

    /** A walking sign rated "mild", "moderate" or "marked". */
    static Rated gaitSign(GaitSign sign, String severity) {
        int proximal = switch (sign) {
            case PELVIC_DROP -> 7;
            case TRUNK_LEAN, HIP_SWING -> 5;
            case KNEE_VALGUS -> 3;
            case FOOT_PRONATION -> 0;
        };
        return switch (severity) {
            case "mild" -> new Rated(Severity.NOTE, W_NOTE_GAIT_MILD);
            case "moderate" -> new Rated(Severity.FLAG, W_GAIT_MODERATE + proximal);
            default -> new Rated(Severity.FLAG, W_GAIT_MARKED + proximal);
        };
    }

    static Rated trendelenburgPositive() {
        return new Rated(Severity.FLAG, W_TRENDELENBURG);
    }

    /** A single-leg squat rated "fair" or "poor". */
    static Rated squat(String rating) {
        return rating.equals("poor")
                ? new Rated(Severity.FLAG, W_SQUAT_POOR)
                : new Rated(Severity.NOTE, W_NOTE_MOVEMENT);
    }

    /** A step-down that is not good (2/6 or more). */
    static Rated stepDown(StepDownScore score) {
        return new Rated(Severity.FLAG, W_STEP_DOWN_BASE + 2 * score.total());
    }

    // ---- pain and function

    static boolean isSevere(int pain) {
        return pain >= SEVERE_PAIN;
    }

    static boolean isImportantPainChange(int from, int to) {
        return Math.abs(to - from) >= PAIN_MCID;
    }

    // ---- lunge, special tests, performance

    static Rated fallRisk() {
        return new Rated(Severity.FLAG, W_FALL_RISK);
    }

    static Rated slowWalking() {
        return new Rated(Severity.FLAG, W_SLOW_WALKING);
    }

    static Rated worseThanAverage() {
        return new Rated(Severity.NOTE, W_NOTE_PERFORMANCE);
    }

    /** A positive special test: FABER and FADIR provoke pain at a joint; Thomas and Ober find a short tissue. */
    static Rated positiveTest(Finding.Kind kind) {
        return kind == Finding.Kind.FABER || kind == Finding.Kind.FADIR
                ? new Rated(Severity.FLAG, W_HIP_PROVOCATION)
                : new Rated(Severity.FLAG, W_SHORT_TISSUE);
    }

    static Rated lungeRestricted() {
        return new Rated(Severity.FLAG, W_LUNGE_RESTRICTED);
    }

    static Rated lungeSidesApart() {
        return new Rated(Severity.FLAG, W_LUNGE_SIDE_DIFFERENCE);
    }

    static Rated lungeBorderline() {
        return new Rated(Severity.NOTE, W_NOTE_LUNGE);
    }

    /** A severity with its weight. */
    record Rated(Severity severity, int weight) {}
}
