package app.gaitway.programs.suggestions;

import app.gaitway.assessments.findings.PatientContext;
import app.gaitway.assessments.record.AssessmentValues;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static app.gaitway.assessments.findings.Finding.Kind.FALL_RISK;
import static app.gaitway.assessments.findings.Finding.Kind.LUNGE;
import static app.gaitway.assessments.findings.Finding.Kind.OBER;
import static app.gaitway.assessments.findings.Finding.Kind.SINGLE_LEG_SQUAT;
import static app.gaitway.assessments.findings.Finding.Kind.STEP_DOWN;
import static app.gaitway.assessments.findings.Finding.Kind.THOMAS;
import static app.gaitway.assessments.findings.Finding.Kind.THOMAS_ILIOPSOAS;
import static app.gaitway.assessments.findings.Finding.Kind.THOMAS_RECTUS_FEMORIS;
import static app.gaitway.assessments.findings.Finding.Kind.THOMAS_TFL_ITB;
import static app.gaitway.assessments.findings.Finding.Kind.TRENDELENBURG;
import static app.gaitway.assessments.record.GaitSign.HIP_SWING;
import static app.gaitway.assessments.record.GaitSign.KNEE_VALGUS;
import static app.gaitway.assessments.record.GaitSign.PELVIC_DROP;
import static app.gaitway.assessments.record.GaitSign.TRUNK_LEAN;
import static app.gaitway.assessments.record.Motion.HIP_ABDUCTION;
import static app.gaitway.assessments.record.Motion.HIP_ADDUCTION;
import static app.gaitway.assessments.record.Motion.HIP_EXTENSION;
import static app.gaitway.assessments.record.Motion.HIP_EXTERNAL_ROTATION;
import static app.gaitway.assessments.record.Motion.HIP_FLEXION;
import static app.gaitway.assessments.record.Motion.HIP_INTERNAL_ROTATION;
import static app.gaitway.assessments.record.Motion.KNEE_EXTENSION;
import static app.gaitway.assessments.record.Motion.KNEE_FLEXION;
import static app.gaitway.assessments.record.MuscleGroup.HIP_ABDUCTORS;
import static app.gaitway.assessments.record.MuscleGroup.HIP_ADDUCTORS;
import static app.gaitway.assessments.record.MuscleGroup.HIP_EXTENSORS;
import static app.gaitway.assessments.record.MuscleGroup.HIP_EXTERNAL_ROTATORS;
import static app.gaitway.assessments.record.MuscleGroup.HIP_FLEXORS;
import static app.gaitway.assessments.record.MuscleGroup.KNEE_EXTENSORS;
import static app.gaitway.programs.suggestions.SuggestionRule.rule;

/**
 * Which library exercises to offer for the findings of an assessment, as one table. Each finding that calls for
 * exercise ({@link SideFinding}: the flagged findings, one side at a time) is answered by the one row that matches
 * it; the suggestions come out in table order, most important first, right before left within a row.
 *
 * <p><b>Progressions.</b> Strength rows are split by grade, following what the grades mean (Hislop HJ, Avers D,
 * Brown M, Daniels and Worthingham's Muscle Testing, 9th ed. 2013): at 2/5 the muscle moves the limb only with
 * gravity out of the way, so the offer is sliding work on the mat (lying hip slide out, heel slide, quad set); at
 * 3−/5 to 3/5 it can just lift the limb, so lying work without a band; from 3+/5 it holds against some resistance,
 * so banded and standing work comes in; from 4−/5 the offer is banded and single-leg work. Below 2−/5 nothing is
 * offered: a muscle that barely contracts needs hands-on care first. A dynamometer deficit with a full manual
 * grade is answered at the loaded level (see {@link SideFinding}). Rows for movement findings (pelvic drop, valgus, squat, …) offer
 * control and balance work without a band, so banded work is only ever offered on a grade of 3+/5 or more.
 *
 * <p><b>Not answered</b>, because the library has no exercise for them: weak hip internal rotators, weak knee
 * flexors, foot pronation, and gravity-eliminated work for the hip extensors and external rotators at 2/5 (their
 * lying rows start at 2−, the easiest the library has). Nor a positive FABER or FADIR (a provoked joint calls for
 * the therapist's reasoning, not a stock exercise) or walking slower than 0.8 m/s (the answer is walking itself,
 * which the library does not hold as an exercise).
 *
 * <p><b>Fall risk.</b> One or more performance tests past a fall-risk cut-off (Timed Up and Go, five times sit to
 * stand, 30-second chair stand, single-leg stance: see {@code assessments.norms}; one finding however many tests) is
 * answered with balance and sit-to-stand work, and {@link SuggestionPlan} then applies the fall-risk precaution as if
 * it had been ticked on the safety screen, so nothing the precaution rules out is offered (Sherrington C et al., Br J
 * Sports Med 2017;51:1750–1758: balance training prevents falls, progressed safely).
 *
 * <p>To change a suggestion, change its row; rows for the same finding must not overlap (checked when the table is
 * built), and a test checks every slug against the library.
 */
public final class SuggestionRules {

    private static final List<SuggestionRule> TABLE = checked(List.of(
            // A performance test past its fall-risk cut-off: balance and getting up, first. The patient is then
            // treated as at risk of falling (SuggestionPlan), so the wobble board and floor work are withheld.
            rule("fall-risk")
                    .found(FALL_RISK)
                    .offer("single-leg-balance", "sit-to-stand", "balance-board", "mini-squat"),

            // Hip abductors (gluteus medius and minimus): the weakness behind most of the knee and back pain we see.
            rule("hip-abductors-gravity-eliminated")
                    .graded(HIP_ABDUCTORS, "2-", "2+")
                    .because("suggestion.why.gravityEliminated")
                    .offer("supine-hip-abduction-slide"),
            rule("hip-abductors-lying")
                    .graded(HIP_ABDUCTORS, "3-", "3")
                    .because("suggestion.why.againstGravity")
                    .offer("clamshell", "side-lying-hip-abduction"),
            rule("hip-abductors-first-band")
                    .graded(HIP_ABDUCTORS, "3+", "3+")
                    .because("suggestion.why.firstBand")
                    .offer("side-lying-hip-abduction", "clamshell", "banded-side-step"),
            rule("hip-abductors-banded")
                    .graded(HIP_ABDUCTORS, "4-", "5-")
                    .because("suggestion.why.loaded")
                    .offer("banded-side-step", "monster-walk", "lateral-step-down", "side-plank-from-knees"),

            // The same weakness seen in standing and walking; the side is the stance side, the hip that failed.
            rule("trendelenburg")
                    .found(TRENDELENBURG)
                    .offer("pelvic-drop", "single-leg-balance", "side-lying-hip-abduction"),
            rule("pelvic-drop").seen(PELVIC_DROP).offer("pelvic-drop", "single-leg-balance"),
            rule("hip-swing").seen(HIP_SWING).offer("pelvic-drop", "single-leg-balance"),
            rule("knee-valgus").seen(KNEE_VALGUS).offer("clamshell", "side-lying-hip-abduction", "single-leg-balance"),
            rule("trunk-lean").seen(TRUNK_LEAN).offer("side-plank-from-knees", "pelvic-drop"),
            rule("step-down").found(STEP_DOWN).offer("pelvic-drop", "lateral-step-down", "single-leg-balance"),
            rule("single-leg-squat").found(SINGLE_LEG_SQUAT).offer("mini-squat", "step-up", "single-leg-balance"),

            // Other muscle groups.
            rule("hip-extensors-lying")
                    .graded(HIP_EXTENSORS, "2-", "3")
                    .because("suggestion.why.shortLever")
                    .offer("hip-bridge", "prone-hip-extension"),
            rule("hip-extensors-loaded")
                    .graded(HIP_EXTENSORS, "3+", "5-")
                    .because("suggestion.why.loaded")
                    .offer("banded-hip-bridge", "single-leg-bridge", "hip-thrust"),
            rule("hip-external-rotators-lying")
                    .graded(HIP_EXTERNAL_ROTATORS, "2-", "3")
                    .offer("clamshell", "fire-hydrant"),
            rule("hip-external-rotators-banded")
                    .graded(HIP_EXTERNAL_ROTATORS, "3+", "5-")
                    .because("suggestion.why.loaded")
                    .offer("banded-clamshell", "banded-seated-abduction"),
            rule("knee-extensors-gravity-eliminated")
                    .graded(KNEE_EXTENSORS, "2-", "2+")
                    .because("suggestion.why.gravityEliminated")
                    .offer("quad-set", "heel-slide"),
            rule("knee-extensors-lying")
                    .graded(KNEE_EXTENSORS, "3-", "3")
                    .because("suggestion.why.againstGravity")
                    .offer("quad-set", "straight-leg-raise", "seated-knee-extension"),
            rule("knee-extensors-standing")
                    .graded(KNEE_EXTENSORS, "3+", "5-")
                    .because("suggestion.why.loaded")
                    .offer("sit-to-stand", "mini-squat", "step-up"),
            rule("hip-adductors").graded(HIP_ADDUCTORS, "3-", "5-").offer("side-lying-hip-adduction"),
            // Below 3− the leg cannot be lifted: the heel slide moves the hip with the heel on the mat.
            rule("hip-flexors-gravity-eliminated")
                    .graded(HIP_FLEXORS, "2-", "2+")
                    .because("suggestion.why.gravityEliminated")
                    .offer("heel-slide"),
            // A straight-leg raise lifts the whole leg against gravity: not below 3−.
            rule("hip-flexors").graded(HIP_FLEXORS, "3-", "5-").offer("straight-leg-raise"),

            // Range of motion below the norm: stretch what limits it. Long sitting shortens the hip flexors first.
            rule("hip-extension-range").belowNorm(HIP_EXTENSION).offer("hip-flexor-stretch", "standing-quad-stretch"),
            rule("hip-internal-rotation-range")
                    .belowNorm(HIP_INTERNAL_ROTATION)
                    .offer("piriformis-stretch", "figure-4-stretch"),
            rule("hip-abduction-range").belowNorm(HIP_ABDUCTION).offer("butterfly-stretch"),
            rule("hip-external-rotation-range").belowNorm(HIP_EXTERNAL_ROTATION).offer("butterfly-stretch"),
            rule("hip-adduction-range").belowNorm(HIP_ADDUCTION).offer("itb-stretch"),
            rule("hip-flexion-range").belowNorm(HIP_FLEXION).offer("knee-to-chest-stretch"),
            rule("knee-flexion-range").belowNorm(KNEE_FLEXION).offer("heel-slide", "standing-quad-stretch"),
            rule("knee-extension-range").belowNorm(KNEE_EXTENSION).offer("hamstring-stretch", "quad-set"),

            // Short tissues on the Thomas and Ober tests, a restricted lunge: stretch the tissue the test names.
            rule("thomas-iliopsoas").found(THOMAS_ILIOPSOAS).offer("hip-flexor-stretch"),
            rule("thomas-rectus-femoris").found(THOMAS_RECTUS_FEMORIS).offer("standing-quad-stretch"),
            rule("thomas-tfl-itb").found(THOMAS_TFL_ITB).offer("itb-stretch"),
            // positive without the tissue recorded: the iliopsoas is the one long sitting shortens first
            rule("thomas").found(THOMAS).offer("hip-flexor-stretch"),
            rule("ober").found(OBER).offer("itb-stretch"),
            rule("lunge").found(LUNGE).offer("calf-stretch")));

    private SuggestionRules() {}

    /** The suggestions for an assessment, most important first; none for an empty or a normal one. */
    public static List<Suggestion> suggest(AssessmentValues values) {
        if (values == null) {
            throw new IllegalArgumentException("no assessment to suggest from");
        }
        return matches(values, PatientContext.adult()).stream()
                .map(m -> new Suggestion(
                        m.rule().id(), m.finding().reason(), m.rule().exerciseSlugs()))
                .toList();
    }

    /** A row of the table and the finding it answers. */
    record Match(SuggestionRule rule, SideFinding finding) {}

    /** Every row that answers a finding of the assessment, in table order, right before left within a row. */
    static List<Match> matches(AssessmentValues values, PatientContext patient) {
        List<SideFinding> findings = SideFinding.of(values, patient);
        List<Match> found = new ArrayList<>();
        for (SuggestionRule row : TABLE) {
            for (SideFinding finding : findings) {
                if (row.matches(finding)) {
                    found.add(new Match(row, finding));
                }
            }
        }
        return List.copyOf(found);
    }

    /** The rows, in order; for the tests. */
    static List<SuggestionRule> table() {
        return TABLE;
    }

    private static List<SuggestionRule> checked(List<SuggestionRule> rows) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            SuggestionRule row = rows.get(i);
            if (!ids.add(row.id())) {
                throw new IllegalStateException("rule id used twice: " + row.id());
            }
            for (SuggestionRule earlier : rows.subList(0, i)) {
                if (earlier.overlaps(row)) {
                    // one finding would be suggested twice
                    throw new IllegalStateException(
                            "rules " + earlier.id() + " and " + row.id() + " answer the same finding");
                }
            }
        }
        return rows;
    }
}
