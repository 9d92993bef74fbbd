package app.gaitway.assessments.screen;

import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.FieldSpec;
import app.gaitway.assessments.record.FieldSpec.Section;
import app.gaitway.assessments.record.Side;
import app.gaitway.assessments.screen.Precaution.HipApproach;
import app.gaitway.assessments.screen.Precaution.Kind;
import app.gaitway.assessments.screen.Precaution.WeightBearing;
import app.gaitway.shared.text.WholeNumbers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The safety screen of an assessment, read from its values: the red flags ticked, the therapist's decision on them,
 * and the precautions recorded. A red flag without a decision means "refer or get a medical review before
 * exercise"; the decision ("referred for medical review", or "reviewed, safe to exercise" with the reason) is the
 * therapist's, never the app's.
 *
 * <p>The fields live under {@code screen.}; {@link #fields()} declares them for the assessment catalogue and
 * {@link #problems(Map)} checks the rules between them.
 */
public final class SafetyScreen {

    public static final String DECISION = "screen.red.decision";
    public static final String DECISION_NOTE = "screen.red.decision_note";
    public static final String HIP_SIDE = "screen.hip_replacement.side";
    public static final String HIP_APPROACH = "screen.hip_replacement.approach";
    public static final String HIP_DATE = "screen.hip_replacement.date";
    public static final String WEIGHT_BEARING = "screen.weight_bearing";
    public static final String OSTEOPOROSIS = "screen.osteoporosis";
    public static final String PREGNANCY = "screen.pregnancy";
    public static final String PREGNANCY_WEEKS = "screen.pregnancy_weeks";
    public static final String RECENT_SURGERY = "screen.recent_surgery";
    public static final String FALL_RISK = "screen.fall_risk";
    /** Not a precaution but a reason to start low: pain that flares with little activity and is slow to settle. */
    public static final String IRRITABLE = "subjective.irritable";

    /**
     * The precautions' fields: facts about the patient that stay true from visit to visit (an operation and its
     * date, a weight-bearing limit, osteoporosis, pregnancy, fall risk), so a follow-up starts with them filled in
     * for the therapist to confirm. Red flags and the decision on them are not here: they are asked anew each visit.
     */
    public static final List<String> PRECAUTION_FIELDS = List.of(
            HIP_APPROACH,
            HIP_SIDE,
            HIP_DATE,
            WEIGHT_BEARING,
            OSTEOPOROSIS,
            PREGNANCY,
            PREGNANCY_WEEKS,
            RECENT_SURGERY,
            FALL_RISK);

    public static final List<String> DECISIONS = List.of("referred", "cleared");
    public static final List<String> HIP_SIDES = List.of("left", "right", "both");
    public static final List<String> HIP_APPROACHES =
            Arrays.stream(HipApproach.values()).map(HipApproach::code).toList();
    public static final List<String> WEIGHT_BEARING_LIMITS =
            Arrays.stream(WeightBearing.values()).map(WeightBearing::code).toList();

    /** The options of the screen's lists, for the form: {@code ${screenChoices.approaches}} and so on. */
    public record Choices(
            List<String> redFlags,
            List<String> decisions,
            List<String> sides,
            List<String> approaches,
            List<String> weightBearing) {}

    public static Choices choices() {
        return new Choices(
                Arrays.stream(RedFlag.values()).map(RedFlag::code).toList(),
                DECISIONS,
                HIP_SIDES,
                HIP_APPROACHES,
                WEIGHT_BEARING_LIMITS);
    }

    /** The therapist's answer to the red flags. */
    public enum Decision {
        REFERRED,
        CLEARED
    }

    private final List<RedFlag> redFlags;
    private final Decision decision;
    private final String decisionNote;
    private final List<Precaution> precautions;

    private SafetyScreen(List<RedFlag> redFlags, Decision decision, String decisionNote, List<Precaution> precautions) {
        this.redFlags = List.copyOf(redFlags);
        this.decision = decision;
        this.decisionNote = decisionNote;
        this.precautions = List.copyOf(precautions);
    }

    /** The screen's fields, in the order of the form. */
    public static List<FieldSpec> fields() {
        List<FieldSpec> f = new ArrayList<>();
        for (RedFlag flag : RedFlag.values()) {
            f.add(FieldSpec.flag(flag.field(), Section.SCREEN));
        }
        f.add(FieldSpec.choice(DECISION, Section.SCREEN, DECISIONS));
        f.add(FieldSpec.text(DECISION_NOTE, Section.SCREEN, 300));
        f.add(FieldSpec.choice(HIP_SIDE, Section.SCREEN, HIP_SIDES));
        f.add(FieldSpec.choice(HIP_APPROACH, Section.SCREEN, HIP_APPROACHES));
        f.add(FieldSpec.date(HIP_DATE, Section.SCREEN));
        f.add(FieldSpec.choice(WEIGHT_BEARING, Section.SCREEN, WEIGHT_BEARING_LIMITS));
        f.add(FieldSpec.flag(OSTEOPOROSIS, Section.SCREEN));
        f.add(FieldSpec.flag(PREGNANCY, Section.SCREEN));
        f.add(FieldSpec.integer(PREGNANCY_WEEKS, Section.SCREEN, 1, 42));
        f.add(FieldSpec.text(RECENT_SURGERY, Section.SCREEN, 200));
        f.add(FieldSpec.flag(FALL_RISK, Section.SCREEN));
        // this visit's pain, not part of the screen that carries forward: so in the subjective section
        f.add(FieldSpec.flag(IRRITABLE, Section.SUBJECTIVE));
        return f;
    }

    public static SafetyScreen of(AssessmentValues values) {
        return of(values.asMap());
    }

    static SafetyScreen of(Map<String, String> v) {
        List<RedFlag> flags = new ArrayList<>();
        for (RedFlag flag : RedFlag.values()) {
            if ("true".equals(v.get(flag.field()))) {
                flags.add(flag);
            }
        }
        Decision decision = switch (v.getOrDefault(DECISION, "")) {
            case "referred" -> Decision.REFERRED;
            case "cleared" -> Decision.CLEARED;
            default -> null;
        };
        List<Precaution> precautions = new ArrayList<>();
        if (hasHipReplacement(v)) {
            HipApproach approach = v.containsKey(HIP_APPROACH)
                    ? HipApproach.valueOf(v.get(HIP_APPROACH).toUpperCase(Locale.ROOT))
                    : HipApproach.UNKNOWN;
            Side side = switch (v.getOrDefault(HIP_SIDE, "")) {
                case "left" -> Side.LEFT;
                case "right" -> Side.RIGHT;
                default -> null;
            };
            precautions.add(Precaution.hipReplacement(approach, side, date(v.get(HIP_DATE))));
        }
        String limit = v.getOrDefault(WEIGHT_BEARING, "full");
        if (!limit.equals("full") && WEIGHT_BEARING_LIMITS.contains(limit)) {
            precautions.add(Precaution.weightBearing(WeightBearing.valueOf(limit.toUpperCase(Locale.ROOT))));
        }
        if ("true".equals(v.get(OSTEOPOROSIS))) {
            precautions.add(Precaution.of(Kind.OSTEOPOROSIS));
        }
        if ("true".equals(v.get(PREGNANCY)) || v.containsKey(PREGNANCY_WEEKS)) {
            OptionalInt weeks = WholeNumbers.parseInt(v.get(PREGNANCY_WEEKS));
            precautions.add(Precaution.pregnancy(weeks.isPresent() ? weeks.getAsInt() : null));
        }
        if (v.containsKey(RECENT_SURGERY) && !v.get(RECENT_SURGERY).isBlank()) {
            precautions.add(Precaution.recentSurgery(v.get(RECENT_SURGERY)));
        }
        if ("true".equals(v.get(FALL_RISK))) {
            precautions.add(Precaution.of(Kind.FALL_RISK));
        }
        return new SafetyScreen(flags, decision, v.getOrDefault(DECISION_NOTE, ""), precautions);
    }

    /**
     * The rules between the screen's fields, over values each already valid on its own: a "safe to exercise"
     * decision says why; a hip replacement's side or date comes with its approach (or "not known"). A decision
     * without a red flag ticked is allowed: it answers the red flags of an earlier, signed assessment. Message
     * keys by field.
     */
    public static Map<String, String> problems(Map<String, String> values) {
        Map<String, String> problems = new LinkedHashMap<>();
        if ("cleared".equals(values.get(DECISION))
                && values.getOrDefault(DECISION_NOTE, "").isBlank()) {
            problems.put(DECISION_NOTE, "screen.error.clearedNeedsReason");
        }
        if ((values.containsKey(HIP_SIDE) || values.containsKey(HIP_DATE)) && !values.containsKey(HIP_APPROACH)) {
            problems.put(HIP_APPROACH, "screen.error.hipApproach");
        }
        return problems;
    }

    private static boolean hasHipReplacement(Map<String, String> v) {
        return v.containsKey(HIP_APPROACH) || v.containsKey(HIP_SIDE) || v.containsKey(HIP_DATE);
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public List<RedFlag> redFlags() {
        return redFlags;
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public String decisionNote() {
        return decisionNote;
    }

    /** Whether anything of the screen was recorded. */
    public boolean isRecorded() {
        return !isEmpty();
    }

    /** A red flag without the therapist's decision yet: refer or get a medical review before exercise. */
    public boolean needsMedicalReview() {
        return !redFlags.isEmpty() && decision == null;
    }

    public List<Precaution> precautions() {
        return precautions;
    }

    /** The precautions that still shape a program on {@code today}. */
    public List<Precaution> precautionsOn(LocalDate today) {
        return precautions.stream().filter(p -> p.appliesOn(today)).toList();
    }

    public boolean isEmpty() {
        return redFlags.isEmpty() && decision == null && precautions.isEmpty();
    }
}
