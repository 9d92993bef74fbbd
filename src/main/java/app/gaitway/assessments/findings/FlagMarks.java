package app.gaitway.assessments.findings;

import app.gaitway.assessments.record.GaitSign;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.record.Side;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which cells of the record's tables carry the ⚑ mark: exactly the sides of the flagged findings, so a table and
 * the findings list above it cannot disagree. One strength cell holds a side's grade and force, so either flag
 * marks it.
 */
public final class FlagMarks {

    private final Set<String> marked = new HashSet<>();

    private FlagMarks() {}

    public static FlagMarks of(List<Finding> findings) {
        FlagMarks marks = new FlagMarks();
        for (Finding f : findings) {
            if (!f.isFlag()) {
                continue;
            }
            for (Side side : f.sides()) {
                String subject = switch (f.kind()) {
                    case STRENGTH_GRADE, FORCE_SYMMETRY ->
                        "strength." + f.muscleGroup().code();
                    case ROM_BELOW_NORM -> "rom." + f.motion().code();
                    case GAIT_SIGN -> "gait." + f.sign().code();
                    case TRENDELENBURG -> "trendelenburg";
                    case SINGLE_LEG_SQUAT -> "squat";
                    case STEP_DOWN -> "step_down";
                    case LUNGE -> "lunge";
                    case FABER, FADIR, OBER -> "special." + f.kind().name().toLowerCase(Locale.ROOT);
                    case THOMAS, THOMAS_ILIOPSOAS, THOMAS_RECTUS_FEMORIS, THOMAS_TFL_ITB -> "special.thomas";
                    case SINGLE_LEG_STANCE -> "single_leg_stance";
                    case FALL_RISK, CHAIR_STAND, SIT_TO_STAND, TIMED_UP_AND_GO, GAIT_SPEED, PAIN, LEFS, PSFS, AKPS ->
                        null;
                };
                if (subject != null) {
                    marks.marked.add(subject + "." + side.code());
                }
            }
        }
        return marks;
    }

    public boolean strength(MuscleGroup group, Side side) {
        return marked.contains("strength." + group.code() + "." + side.code());
    }

    public boolean rom(Motion motion, Side side) {
        return marked.contains("rom." + motion.code() + "." + side.code());
    }

    public boolean gait(GaitSign sign, Side side) {
        return marked.contains("gait." + sign.code() + "." + side.code());
    }

    public boolean trendelenburg(Side side) {
        return marked.contains("trendelenburg." + side.code());
    }

    public boolean squat(Side side) {
        return marked.contains("squat." + side.code());
    }

    /** The lunge test, a special test ({@code special.thomas}) or the single-leg stance on a side. */
    public boolean exam(String subject, Side side) {
        return marked.contains(subject + "." + side.code());
    }

    public boolean stepDown(Side side) {
        return marked.contains("step_down." + side.code());
    }
}
