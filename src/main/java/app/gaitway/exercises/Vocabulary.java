package app.gaitway.exercises;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fixed words of the exercise library. In data files and URLs each value is written as its lower-case
 * code ({@code side_lying}); templates show the message {@code <prefix>.<code>}.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(type.getEnumConstants()).filter(e -> code(e).equals(wanted)).findFirst();
    }

    public enum Category { STRENGTH, MOBILITY, BALANCE }

    public enum StartPosition { ON_BACK, ON_FRONT, SIDE_LYING, HANDS_AND_KNEES, KNEELING, SEATED, STANDING }

    public enum Target {
        GLUTEUS_MAXIMUS, GLUTEUS_MEDIUS_MINIMUS, EXTERNAL_ROTATORS, HIP_FLEXORS, ADDUCTORS, QUADRICEPS, HAMSTRINGS,
        CALVES, CORE, IT_BAND
    }

    public enum EquipmentType {
        BAND, ANKLE_WEIGHT, BENCH_OR_CHAIR, TABLE_OR_COUNTER, STEP, MAT, BALANCE_BOARD, WALL, STRAP_OR_TOWEL
    }

    public enum Sides { EACH_SIDE, BOTH }
}
