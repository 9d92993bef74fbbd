package app.gaitway.goals;

import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.MmtGrade;
import app.gaitway.shared.web.Messages;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One number a goal can be set on and a discharge summary reports: a numeric field of the assessment (pain now, a
 * range of motion, a dynamometer force) or a value worked out from several (LEFS total, limb symmetry). It knows how
 * to read itself from an assessment, which way is better, and, where the literature gives one, the smallest change
 * that means something: a minimal clinically important difference (MCID) or, where only that is known, the
 * measurement error of the test. A measure without either counts any movement.
 *
 * @param key        stable name, stored with a goal ("rom.hip_extension.right.active", "lefs.total")
 * @param label      its name in words
 * @param unit       the unit shown after a value ("°", "N", "%", "/10"; empty for none)
 * @param group      where the goal form lists it (pain, function, strength, rom, movement, or a new one)
 * @param meaningful the smallest meaningful change, or null when none is known
 * @param scale      how values are typed and shown
 * @param reading    the value of an assessment, empty when it was not measured
 */
public record GoalMeasure(
        String key,
        Label label,
        String unit,
        String group,
        Direction direction,
        Meaningful meaningful,
        Scale scale,
        Reading reading) {

    /** The value of one assessment for the patient it belongs to. */
    @FunctionalInterface
    public interface Reading {
        OptionalDouble of(AssessmentValues values, PatientContext patient);
    }

    /** The measure's name in the words of the message bundles. */
    @FunctionalInterface
    public interface Label {
        String in(Messages messages);
    }

    /** The smallest change that counts: an MCID, or else the measurement error of the test. */
    public record Meaningful(double amount, boolean isMcid) {
        public Meaningful {
            if (!(amount > 0)) {
                throw new IllegalArgumentException("a meaningful change is positive, not " + amount);
            }
        }
    }

    /** Numbers are typed as numbers; manual muscle test grades as grades ("4+", charted as 4.33). */
    public enum Scale {
        NUMBER,
        MMT_GRADE
    }

    public GoalMeasure {
        if (key == null || label == null || unit == null || group == null || direction == null || reading == null) {
            throw new IllegalArgumentException("a goal measure needs a key, label, unit, group, direction and reading");
        }
        scale = scale == null ? Scale.NUMBER : scale;
    }

    /** A measure where more is better, labelled by a message key. */
    public static GoalMeasure higher(String key, String labelKey, String unit, String group, Reading reading) {
        return new GoalMeasure(
                key, m -> m.get(labelKey), unit, group, Direction.HIGHER_IS_BETTER, null, Scale.NUMBER, reading);
    }

    /** A measure where less is better, labelled by a message key. */
    public static GoalMeasure lower(String key, String labelKey, String unit, String group, Reading reading) {
        return new GoalMeasure(
                key, m -> m.get(labelKey), unit, group, Direction.LOWER_IS_BETTER, null, Scale.NUMBER, reading);
    }

    /**
     * A numeric field of the assessment read as typed, labelled {@code assessment.label.<field>}: the one line a
     * new INTEGER or DECIMAL field needs, e.g. {@code field("performance.tug_seconds", "s", "performance",
     * Direction.LOWER_IS_BETTER)}.
     */
    public static GoalMeasure field(String fieldKey, String unit, String group, Direction direction) {
        return new GoalMeasure(
                fieldKey,
                m -> m.get("assessment.label." + fieldKey),
                unit,
                group,
                direction,
                null,
                Scale.NUMBER,
                fieldValue(fieldKey));
    }

    /** Reads a numeric field; a value that is not a number (written by another version) counts as not measured. */
    public static Reading fieldValue(String fieldKey) {
        return (values, patient) -> {
            Optional<String> text = values.text(fieldKey);
            if (text.isEmpty()) {
                return OptionalDouble.empty();
            }
            try {
                double d = Double.parseDouble(text.get());
                return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        };
    }

    /** The same measure with a minimal clinically important difference (cite its source where you call this). */
    public GoalMeasure withMcid(double amount) {
        return new GoalMeasure(key, label, unit, group, direction, new Meaningful(amount, true), scale, reading);
    }

    /** The same measure with the test's measurement error as the smallest change that counts (cite its source). */
    public GoalMeasure withMeasurementError(double amount) {
        return new GoalMeasure(key, label, unit, group, direction, new Meaningful(amount, false), scale, reading);
    }

    public GoalMeasure withLabel(Label other) {
        return new GoalMeasure(key, other, unit, group, direction, meaningful, scale, reading);
    }

    public GoalMeasure asGrades() {
        return new GoalMeasure(key, label, unit, group, direction, meaningful, Scale.MMT_GRADE, reading);
    }

    public OptionalDouble read(AssessmentValues values, PatientContext patient) {
        return reading.of(values, patient);
    }

    /** The MCID, when the measure has one (not a measurement error). */
    public OptionalDouble mcid() {
        return meaningful != null && meaningful.isMcid()
                ? OptionalDouble.of(meaningful.amount())
                : OptionalDouble.empty();
    }

    /** A value as typed into the goal form: a number, or a grade for a graded measure; empty when it is neither. */
    public OptionalDouble parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return OptionalDouble.empty();
        }
        if (scale == Scale.MMT_GRADE) {
            return MmtGrade.parse(typed).map(g -> OptionalDouble.of(g.value())).orElse(OptionalDouble.empty());
        }
        String t = typed.strip().replace('\u2212', '-');
        if (!t.matches("-?\\d{1,6}([.,]\\d{1,2})?")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(t.replace(',', '.')));
    }

    /** A value as a therapist reads it: "4+" for a grade, "12.5", "−10". */
    public String format(double value) {
        if (scale == Scale.MMT_GRADE) {
            int base = (int) Math.round(Math.floor(value + 1e-6));
            double rest = value - base;
            int modifier = rest > 0.5 ? -1 : rest > 0.1 ? 1 : 0;
            if (modifier < 0) {
                base += 1;
            }
            return base + (modifier > 0 ? "+" : modifier < 0 ? "\u2212" : "");
        }
        double rounded = Math.round(value * 10) / 10.0;
        String s = rounded == Math.rint(rounded)
                ? String.valueOf((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
        return s.replace('-', '\u2212');
    }

    /** A value with its unit: "120 N", "25°", "4+/5". */
    public String withUnit(double value) {
        String v = format(value);
        if (unit.isEmpty()) {
            return v;
        }
        return unit.startsWith("/") || unit.equals("°") || unit.equals("%") ? v + unit : v + " " + unit;
    }
}
