package app.gaitway.programs.suggestions;

import app.gaitway.assessments.findings.Finding;
import app.gaitway.assessments.findings.Finding.Kind;
import app.gaitway.assessments.findings.Finding.Severity;
import app.gaitway.assessments.findings.FindingsSummary;
import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.findings.Phrase;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.MmtGrade;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;

import java.util.ArrayList;
import java.util.List;

/**
 * A finding that calls for exercise, narrowed to one side: what a row of {@link SuggestionRules} is matched against.
 *
 * <p>Taken from {@link FindingsSummary} for the same patient (age, affected side), so suggestions use exactly the
 * rule table the record shows ({@code FindingRules}), and only the findings it flags. Notes (a mild walking sign, a
 * fair squat, 4+/5 on both sides) suggest nothing here: on their own they are common in people without pain, and
 * when the hip really is weak its strength grade, a force deficit or a flagged test suggests the same work anyway.
 *
 * <p>A dynamometer force on one side below 90 % of the other ({@code FORCE_SYMMETRY}) is a strength finding too,
 * answered by the graded rows at the level of {@link #DYNAMOMETER_EQUIVALENT} when the manual grade found nothing.
 *
 * <p>The summary reports a muscle group once with both sides ("Hip abduction: right 3+/5, left 5/5"); here each
 * side below 5/5 becomes its own finding with its own grade, because the grade decides which exercises fit.
 */
record SideFinding(
        Kind kind,
        Side side,
        MuscleGroup group,
        Motion motion,
        GaitSign sign,
        MmtGrade grade,
        Phrase reason,
        Phrase whole) {

    private static final List<Side> SIDES = List.of(Side.RIGHT, Side.LEFT);

    /**
     * The grade a dynamometer deficit stands for when the manual test found nothing (5/5, or not graded): the
     * muscle takes resistance, so the banded, loaded rows fit. Hand-held dynamometry finds side differences a
     * manual test misses above grade 4 (Bohannon RW, Clin Rehabil 2005;19(6):662–667: many muscles graded 5 by hand
     * were clearly weaker on the dynamometer), which is why a 10 % deficit counts at all.
     */
    static final MmtGrade DYNAMOMETER_EQUIVALENT = new MmtGrade(4, 1);

    static List<SideFinding> of(AssessmentValues values, PatientContext patient) {
        List<SideFinding> found = new ArrayList<>();
        List<Finding> forces = new ArrayList<>();
        for (Finding f : FindingsSummary.of(values, null, patient)) {
            if (f.severity() != Severity.FLAG) {
                continue;
            }
            if (f.kind() == Kind.STRENGTH_GRADE) {
                for (Side side : SIDES) {
                    values.grade(f.muscleGroup(), side)
                            .filter(g -> !g.isFull())
                            .ifPresent(g -> found.add(new SideFinding(
                                    f.kind(),
                                    side,
                                    f.muscleGroup(),
                                    null,
                                    null,
                                    g,
                                    gradeOf(f.muscleGroup(), side, g),
                                    f.phrase())));
                }
            } else if (f.kind() == Kind.FORCE_SYMMETRY) {
                forces.add(f);
            } else if (!f.sides().isEmpty() || f.section() == Finding.Section.PERFORMANCE) {
                // a finding of both sides ("Pelvic drop (both sides): moderate") is one suggestion, its reason naming
                // both; a performance test (Timed Up and Go, ...) is of the whole person, no side
                found.add(new SideFinding(
                        f.kind(),
                        f.sides().isEmpty() ? null : f.sides().get(0),
                        f.muscleGroup(),
                        f.motion(),
                        f.sign(),
                        null,
                        f.phrase(),
                        f.phrase()));
            }
        }
        // A weaker side on the dynamometer is answered like a grade, unless its grade already is (the grade then
        // decides the level, and the muscle is not offered twice).
        for (Finding f : forces) {
            if (f.side() == null || f.muscleGroup() == null) {
                continue;
            }
            boolean graded = found.stream()
                    .anyMatch(s ->
                            s.kind() == Kind.STRENGTH_GRADE && s.group() == f.muscleGroup() && s.side() == f.side());
            if (!graded) {
                MmtGrade level = values.grade(f.muscleGroup(), f.side())
                        .filter(g -> !g.isFull())
                        .orElse(DYNAMOMETER_EQUIVALENT);
                found.add(new SideFinding(
                        f.kind(), f.side(), f.muscleGroup(), null, null, level, f.phrase(), f.phrase()));
            }
        }
        return found;
    }

    /** "Hip abduction: right 3+/5", the summary's wording for one side. */
    private static Phrase gradeOf(MuscleGroup group, Side side, MmtGrade grade) {
        return Phrase.of("findings.strength.grades", group, List.of(Phrase.of("findings.strength.grade", side, grade)));
    }
}
