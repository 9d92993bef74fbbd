package app.gaitway.assessments.findings;

import app.gaitway.assessments.GaitSign;
import app.gaitway.assessments.Motion;
import app.gaitway.assessments.MuscleGroup;
import app.gaitway.assessments.Side;

import java.util.List;

/**
 * One thing worth telling about an assessment: "Hip abduction: right 3+/5, left 5/5". It carries its text as a
 * {@link Phrase} (a message key and arguments) and, for the comparison, what it is about: its {@link Kind}, and
 * the side, muscle group, motion or gait sign where that applies (null otherwise).
 *
 * <p>{@link Severity#FLAG} marks a result outside normal that the page highlights; {@link Severity#NOTE} is
 * reported for context (pain, LEFS, milder signs).
 */
public record Finding(Kind kind, Severity severity, Side side, MuscleGroup muscleGroup, Motion motion, GaitSign sign,
                      Phrase phrase) {

    /** The sections of the summary, in the order they are shown. */
    public enum Section { PAIN, LEFS, STRENGTH, ROM, GAIT }

    public enum Severity { NOTE, FLAG }

    public enum Kind {
        PAIN(Section.PAIN),
        LEFS(Section.LEFS),
        /** A muscle group graded below 5/5 on either side. */
        STRENGTH_GRADE(Section.STRENGTH),
        /** Dynamometer forces with the weaker side below 90% of the stronger. */
        FORCE_SYMMETRY(Section.STRENGTH),
        /** A range of motion below the usual adult norm. */
        ROM_BELOW_NORM(Section.ROM),
        /** A sign seen in walking, rated mild or worse. */
        GAIT_SIGN(Section.GAIT),
        TRENDELENBURG(Section.GAIT),
        SINGLE_LEG_SQUAT(Section.GAIT),
        STEP_DOWN(Section.GAIT);

        public final Section section;

        Kind(Section section) {
            this.section = section;
        }
    }

    public Finding {
        if (kind == null || severity == null || phrase == null) {
            throw new IllegalArgumentException("a finding needs a kind, a severity and a text");
        }
    }

    public Section section() {
        return kind.section;
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
