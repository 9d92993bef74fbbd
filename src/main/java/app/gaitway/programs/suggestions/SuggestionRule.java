package app.gaitway.programs.suggestions;

import app.gaitway.assessments.findings.Finding.Kind;
import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.MmtGrade;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One row of the suggestion table: which finding it answers (its kind and, where it applies, the muscle group and a
 * range of grades, the motion or the walking sign) and the exercises to offer, by slug, in order. Written with the
 * small fluent helper {@link #rule(String)}:
 * {@code rule("hip-abductors-lying").graded(HIP_ABDUCTORS, "2-", "3").offer("clamshell", "side-lying-hip-abduction")}.
 */
record SuggestionRule(
        String id,
        Kind kind,
        MuscleGroup group,
        Motion motion,
        GaitSign sign,
        MmtGrade weakest,
        MmtGrade strongest,
        List<String> exerciseSlugs,
        String why) {

    SuggestionRule {
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a rule id is lower-case words joined by -, not " + id);
        }
        if (exerciseSlugs.isEmpty() || new HashSet<>(exerciseSlugs).size() != exerciseSlugs.size()) {
            throw new IllegalArgumentException("rule " + id + " offers no exercise, or one twice");
        }
        if ((weakest == null) != (strongest == null) || (weakest != null && weakest.compareTo(strongest) > 0)) {
            throw new IllegalArgumentException("rule " + id + " has no sensible range of grades");
        }
        exerciseSlugs = List.copyOf(exerciseSlugs);
    }

    static Answers rule(String id) {
        return new Answers(id);
    }

    /**
     * A graded row also answers a dynamometer deficit of the same muscle group: the finding then carries the grade
     * its force stands for ({@link SideFinding#DYNAMOMETER_EQUIVALENT}).
     */
    boolean matches(SideFinding finding) {
        Kind findingKind = finding.kind() == Kind.FORCE_SYMMETRY ? Kind.STRENGTH_GRADE : finding.kind();
        return kind == findingKind
                && (group == null || group == finding.group())
                && (motion == null || motion == finding.motion())
                && (sign == null || sign == finding.sign())
                && (weakest == null
                        || finding.grade() != null
                                && weakest.compareTo(finding.grade()) <= 0
                                && finding.grade().compareTo(strongest) <= 0);
    }

    /** True when some finding would match both rows: the same finding, and grade ranges (if any) that meet. */
    boolean overlaps(SuggestionRule other) {
        boolean sameFinding =
                kind == other.kind && group == other.group && motion == other.motion && sign == other.sign;
        boolean gradesMeet = weakest == null
                || other.weakest == null
                || (weakest.compareTo(other.strongest) <= 0 && other.weakest.compareTo(strongest) <= 0);
        return sameFinding && gradesMeet;
    }

    /** The first half of a row: which finding it answers. */
    static final class Answers {
        private final String id;

        private Answers(String id) {
            this.id = id;
        }

        /** A muscle group graded from {@code weakest} to {@code strongest} (both included), e.g. "3+" to "5-". */
        Offer graded(MuscleGroup group, String weakest, String strongest) {
            return new Offer(
                    id,
                    Kind.STRENGTH_GRADE,
                    Objects.requireNonNull(group),
                    null,
                    null,
                    grade(weakest),
                    grade(strongest),
                    null);
        }

        /** A sign seen while the patient walks, on the stance side. */
        Offer seen(GaitSign sign) {
            return new Offer(id, Kind.GAIT_SIGN, null, null, Objects.requireNonNull(sign), null, null, null);
        }

        /** A movement test with a result outside normal: Trendelenburg, single-leg squat, lateral step-down. */
        Offer found(Kind kind) {
            return new Offer(id, Objects.requireNonNull(kind), null, null, null, null, null, null);
        }

        Offer belowNorm(Motion motion) {
            return new Offer(id, Kind.ROM_BELOW_NORM, null, Objects.requireNonNull(motion), null, null, null, null);
        }

        private static MmtGrade grade(String text) {
            return MmtGrade.parse(text).orElseThrow(() -> new IllegalArgumentException("no such grade " + text));
        }
    }

    /** The second half of a row: the exercises, easiest or most direct first. */
    record Offer(
            String id,
            Kind kind,
            MuscleGroup group,
            Motion motion,
            GaitSign sign,
            MmtGrade weakest,
            MmtGrade strongest,
            String why) {

        /** Why these exercises at this level, a message key shown beside each ("with gravity out of the way"). */
        Offer because(String whyKey) {
            return new Offer(id, kind, group, motion, sign, weakest, strongest, whyKey);
        }

        SuggestionRule offer(String... exerciseSlugs) {
            return new SuggestionRule(id, kind, group, motion, sign, weakest, strongest, List.of(exerciseSlugs), why);
        }
    }
}
