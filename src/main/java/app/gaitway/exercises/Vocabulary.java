package app.gaitway.exercises;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fixed words of the exercise library. In data files and URLs each value is written as its lower-case
 * code ({@code side_lying}); templates show the message {@code <prefix>.<code>}.
 */
public final class Vocabulary {

    private Vocabulary() {}

    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> code(e).equals(wanted))
                .findFirst();
    }

    public enum Category {
        STRENGTH,
        MOBILITY,
        BALANCE
    }

    public enum StartPosition {
        ON_BACK,
        ON_FRONT,
        SIDE_LYING,
        HANDS_AND_KNEES,
        KNEELING,
        SEATED,
        STANDING
    }

    public enum Target {
        GLUTEUS_MAXIMUS,
        GLUTEUS_MEDIUS_MINIMUS,
        EXTERNAL_ROTATORS,
        HIP_FLEXORS,
        ADDUCTORS,
        QUADRICEPS,
        HAMSTRINGS,
        CALVES,
        CORE,
        IT_BAND
    }

    public enum EquipmentType {
        BAND,
        ANKLE_WEIGHT,
        BENCH_OR_CHAIR,
        TABLE_OR_COUNTER,
        STEP,
        MAT,
        BALANCE_BOARD,
        WALL,
        STRAP_OR_TOWEL
    }

    public enum Sides {
        EACH_SIDE,
        BOTH
    }

    /**
     * What an exercise asks of the body that a precaution may forbid: a hip bent past 90°, the leg crossing the
     * midline, lying on the front, standing on one leg, getting down to the floor, and so on. A library file lists
     * them under {@code loads}; {@code app.gaitway.programs.suggestions.Conflicts} says which precaution rules out which.
     */
    public enum LoadTag {
        /** The hip bends past 90° (knee to chest, low seat, deep squat). */
        DEEP_HIP_FLEXION,
        /** The thigh crosses the body's midline. */
        ADDUCTION_PAST_MIDLINE,
        /** The thigh turns inward. */
        HIP_INTERNAL_ROTATION,
        /** The thigh turns outward (clamshell, butterfly). */
        HIP_EXTERNAL_ROTATION,
        /** The thigh goes back behind the body (past neutral). */
        HIP_EXTENSION,
        /** Much body weight through a bent knee (step-ups, step-downs, wall sit). */
        HIGH_KNEE_LOAD,
        /** Lying on the front. */
        PRONE,
        /** Lying flat on the back. */
        SUPINE,
        /** Standing on one leg, even briefly with support. */
        SINGLE_LEG_STANCE,
        /** Standing with body weight through the legs. */
        WEIGHT_BEARING,
        /** Standing on something that moves (balance board). */
        UNSTABLE_SURFACE,
        /** Getting down onto the floor and up again (kneeling, hands and knees). */
        FLOOR_TRANSFER,
        /** The spine bent forward under load or at its end of range. */
        LOADED_SPINAL_FLEXION
    }
}
