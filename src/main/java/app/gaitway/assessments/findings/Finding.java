package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;

import java.util.List;

/**
 * One thing worth telling about an assessment: "Hip abduction: right 3+/5, left 5/5". It carries its text as a
 * {@link Phrase} (a message key and arguments) and what it is about: its {@link Kind}, the muscle group, motion or
 * gait sign where that applies (null otherwise), and the sides it marks.
 *
 * <p>{@link Severity#FLAG} marks a result that matters clinically (see {@link FindingRules}); {@link Severity#NOTE}
 * is reported for context (pain, LEFS, milder signs). {@code sides} are the sides the finding is about: for a flag,
 * the cells of the record's tables that carry the ⚑ mark ("right 3+/5, left 5/5" marks the right only); both sides
 * for a bilateral finding ("both sides 4/5"). {@link #side()} is the one side, or null when both or none.
 * {@code weight} is the clinical weight from {@link FindingRules}, which orders the list.
 */
public record Finding(
        Kind kind,
        Severity severity,
        List<Side> sides,
        MuscleGroup muscleGroup,
        Motion motion,
        GaitSign sign,
        Phrase phrase,
        int weight) {

    /** The sections of the summary, in the order the record's tables show them. */
    public enum Section {
        PAIN,
        LEFS,
        STRENGTH,
        ROM,
        GAIT,
        SPECIAL_TESTS,
        PERFORMANCE
    }

    public enum Severity {
        NOTE,
        FLAG
    }

    public enum Kind {
        PAIN(Section.PAIN),
        LEFS(Section.LEFS),
        /** The Patient-Specific Functional Scale; the function questionnaires share the LEFS's section. */
        PSFS(Section.LEFS),
        /** The Anterior Knee Pain Scale (Kujala). */
        AKPS(Section.LEFS),
        /** Manual muscle test grades of a muscle group below 5/5 on a side. */
        STRENGTH_GRADE(Section.STRENGTH),
        /** Dynamometer forces of a muscle group, one side below 90% of the other. */
        FORCE_SYMMETRY(Section.STRENGTH),
        /** A range of motion below the lower limit of normal, or more than 10° short of the other side. */
        ROM_BELOW_NORM(Section.ROM),
        /** A sign seen in walking, rated mild or worse. */
        GAIT_SIGN(Section.GAIT),
        TRENDELENBURG(Section.GAIT),
        SINGLE_LEG_SQUAT(Section.GAIT),
        STEP_DOWN(Section.GAIT),
        /** Weight-bearing lunge test: restricted, or the sides apart beyond the test's error. */
        LUNGE(Section.ROM),
        /** FABER (flexion, abduction, external rotation) positive: pain provoked at the hip or sacroiliac joint. */
        FABER(Section.SPECIAL_TESTS),
        /** FADIR (flexion, adduction, internal rotation) positive: pain provoked at the front of the hip. */
        FADIR(Section.SPECIAL_TESTS),
        /** Thomas test positive, the short tissue not recorded. */
        THOMAS(Section.SPECIAL_TESTS),
        /** Thomas test: the thigh stays off the table, short iliopsoas. */
        THOMAS_ILIOPSOAS(Section.SPECIAL_TESTS),
        /** Thomas test: the knee does not bend to about 90°, short rectus femoris. */
        THOMAS_RECTUS_FEMORIS(Section.SPECIAL_TESTS),
        /** Thomas test: the thigh drifts out to the side, short tensor fasciae latae and iliotibial band. */
        THOMAS_TFL_ITB(Section.SPECIAL_TESTS),
        /** Ober test positive: the top leg does not drop to the table, short iliotibial band. */
        OBER(Section.SPECIAL_TESTS),
        /**
         * One or more performance tests past a published fall-risk cut-off, as one finding: each test alone says the
         * same thing, so four tests past their cut-offs are one risk, listed with the tests.
         */
        FALL_RISK(Section.PERFORMANCE),
        /** A performance test worse than average for the age (a note), or, for gait speed, under 0.8 m/s. */
        CHAIR_STAND(Section.PERFORMANCE),
        SIT_TO_STAND(Section.PERFORMANCE),
        TIMED_UP_AND_GO(Section.PERFORMANCE),
        SINGLE_LEG_STANCE(Section.PERFORMANCE),
        GAIT_SPEED(Section.PERFORMANCE);

        public final Section section;

        Kind(Section section) {
            this.section = section;
        }
    }

    public Finding {
        if (kind == null || severity == null || phrase == null) {
            throw new IllegalArgumentException("a finding needs a kind, a severity and a text");
        }
        sides = sides == null ? List.of() : List.copyOf(sides);
    }

    public Section section() {
        return kind.section;
    }

    /** The one side this finding is about, or null when it is about both sides or none. */
    public Side side() {
        return sides.size() == 1 ? sides.get(0) : null;
    }

    public boolean isFlag() {
        return severity == Severity.FLAG;
    }

    public String key() {
        return phrase.key();
    }

    public List<Object> args() {
        return phrase.args();
    }

    /** The English text; pages with another language use {@link FindingTexts} over their bundle. */
    public String text() {
        return FindingTexts.english().text(phrase);
    }
}
