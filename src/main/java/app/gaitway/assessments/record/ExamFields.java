package app.gaitway.assessments.record;

import app.gaitway.assessments.record.FieldSpec.Section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rest of a lower-limb examination: the weight-bearing lunge test, special tests of the hip and performance
 * tests. Numbers are plain INTEGER and DECIMAL fields with stable keys, so anything that reads numeric fields
 * (comparison, goals) can use them:
 * <ul>
 * <li>{@code lunge.left.cm}, {@code lunge.right.cm}: knee-to-wall distance in cm (see {@code norms.LungeTest});</li>
 * <li>{@code special.<test>.<side>}: negative or positive, empty when not tested; {@code special.<test>.note};
 *     for the Thomas test the tissue found short, {@code special.thomas.<side>.<tissue>};</li>
 * <li>{@code performance.chair_stand_30s} (stands), {@code performance.five_sts_seconds},
 *     {@code performance.tug_seconds}, {@code performance.single_leg_stance.<side>.seconds},
 *     {@code performance.walk_10m_seconds} (seconds over the timed 10 m; the speed is worked out from it).</li>
 * </ul>
 * The single-leg squat is not repeated here: it is {@link AssessmentFields#squat(Side)} under gait and movement.
 * Prone hip rotation is the range-of-motion table's hip internal and external rotation, with
 * {@link #HIP_ROTATION_POSITION} saying whether it was measured lying prone or sitting.
 */
public final class ExamFields {

    /** Special tests recorded per side as negative or positive. */
    public enum SpecialTest {
        FABER,
        FADIR,
        THOMAS,
        OBER;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What a positive Thomas test shows is short, by what the test sees: the thigh stays off the table
     * (iliopsoas), the knee will not bend to about 90° with the thigh down (rectus femoris), the thigh drifts out to
     * the side (tensor fasciae latae and iliotibial band).
     */
    public enum ShortTissue {
        ILIOPSOAS,
        RECTUS_FEMORIS,
        TFL_ITB;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The performance tests, with the key of their one number (single-leg stance has one per side). */
    public enum PerformanceTest {
        CHAIR_STAND_30S,
        FIVE_TIMES_SIT_TO_STAND,
        TIMED_UP_AND_GO,
        SINGLE_LEG_STANCE,
        WALK_10M;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final List<String> RESULTS = List.of("negative", "positive");
    public static final List<String> ROTATION_POSITIONS = List.of("prone", "seated");

    public static final String CHAIR_STAND = "performance.chair_stand_30s";
    public static final String FIVE_STS = "performance.five_sts_seconds";
    public static final String TUG = "performance.tug_seconds";
    public static final String WALK_10M = "performance.walk_10m_seconds";
    public static final String PERFORMANCE_NOTES = "performance.notes";
    public static final String HIP_ROTATION_POSITION = "special.hip_rotation_position";

    private ExamFields() {}

    /** The options of the form's lists, for the template: {@code ${examChoices.specialTests}} and so on. */
    public record Choices(
            List<String> specialTests, List<String> tissues, List<String> results, List<String> rotationPositions) {}

    public static Choices choices() {
        return new Choices(
                Arrays.stream(SpecialTest.values()).map(SpecialTest::code).toList(),
                Arrays.stream(ShortTissue.values()).map(ShortTissue::code).toList(),
                RESULTS,
                ROTATION_POSITIONS);
    }

    public static String lunge(Side side) {
        return "lunge." + side.code() + ".cm";
    }

    public static String special(SpecialTest test, Side side) {
        return "special." + test.code() + "." + side.code();
    }

    public static String specialNote(SpecialTest test) {
        return "special." + test.code() + ".note";
    }

    public static String shortTissue(Side side, ShortTissue tissue) {
        return "special.thomas." + side.code() + "." + tissue.code();
    }

    public static String singleLegStance(Side side) {
        return "performance.single_leg_stance." + side.code() + ".seconds";
    }

    /** The fields, in the order of the form; appended to the examination's. */
    public static List<FieldSpec> fields() {
        List<FieldSpec> f = new ArrayList<>();
        for (Side side : Side.values()) {
            f.add(FieldSpec.decimal(lunge(side), Section.ROM, 0, 25));
        }
        f.add(FieldSpec.choice(HIP_ROTATION_POSITION, Section.ROM, ROTATION_POSITIONS));
        for (SpecialTest test : SpecialTest.values()) {
            for (Side side : Side.values()) {
                f.add(FieldSpec.choice(special(test, side), Section.SPECIAL_TESTS, RESULTS));
                if (test == SpecialTest.THOMAS) {
                    for (ShortTissue tissue : ShortTissue.values()) {
                        f.add(FieldSpec.flag(shortTissue(side, tissue), Section.SPECIAL_TESTS));
                    }
                }
            }
            f.add(FieldSpec.text(specialNote(test), Section.SPECIAL_TESTS, 200));
        }
        // ranges: what a person can score, with room for the slowest who still finish (a TUG of several minutes)
        f.add(FieldSpec.integer(CHAIR_STAND, Section.PERFORMANCE, 0, 60));
        f.add(FieldSpec.decimal(FIVE_STS, Section.PERFORMANCE, 2, 180));
        f.add(FieldSpec.decimal(TUG, Section.PERFORMANCE, 2, 300));
        for (Side side : Side.values()) {
            f.add(FieldSpec.decimal(singleLegStance(side), Section.PERFORMANCE, 0, 120));
        }
        f.add(FieldSpec.decimal(WALK_10M, Section.PERFORMANCE, 2, 600));
        f.add(FieldSpec.longText(PERFORMANCE_NOTES, Section.PERFORMANCE, 1000));
        return f;
    }

    /**
     * Rules between the fields, over values each valid on its own: a short tissue is ticked only on a positive
     * Thomas test (a negative test found nothing short; an empty one was not done). Message keys by field.
     */
    public static Map<String, String> problems(Map<String, String> values) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Side side : Side.values()) {
            boolean positive = "positive".equals(values.get(special(SpecialTest.THOMAS, side)));
            for (ShortTissue tissue : ShortTissue.values()) {
                if (!positive && "true".equals(values.get(shortTissue(side, tissue)))) {
                    problems.put(special(SpecialTest.THOMAS, side), "exam.error.tissueNeedsPositive");
                }
            }
        }
        return problems;
    }
}
