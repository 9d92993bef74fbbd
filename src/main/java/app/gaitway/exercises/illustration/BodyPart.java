package app.gaitway.exercises.illustration;

import java.util.List;
import java.util.Locale;

/**
 * Named places on the figure that can rest on a surface, carry an arrow or a band.
 * Names without a side ("feet", "knees") mean both sides.
 */
public enum BodyPart {
    HEAD,
    SHOULDERS,
    UPPER_BACK,
    PELVIS,
    LEFT_SHOULDER,
    RIGHT_SHOULDER,
    LEFT_ELBOW,
    RIGHT_ELBOW,
    LEFT_HAND,
    RIGHT_HAND,
    HANDS,
    LEFT_FOREARM,
    RIGHT_FOREARM,
    FOREARMS,
    LEFT_HIP,
    RIGHT_HIP,
    LEFT_KNEE,
    RIGHT_KNEE,
    KNEES,
    LEFT_ANKLE,
    RIGHT_ANKLE,
    LEFT_FOOT,
    RIGHT_FOOT,
    FEET,
    LEFT_TOES,
    RIGHT_TOES;

    /** The skeleton points this part stands for; a part rests where its lowest one does. */
    List<String> points() {
        return switch (this) {
            case HEAD -> List.of("head");
            case SHOULDERS, UPPER_BACK -> List.of("left_shoulder", "right_shoulder");
            case PELVIS -> List.of("left_hip", "right_hip");
            case HANDS -> List.of("left_hand", "right_hand");
            case FOREARMS -> List.of("left_elbow", "left_wrist", "right_elbow", "right_wrist");
            case LEFT_FOREARM -> List.of("left_elbow", "left_wrist");
            case RIGHT_FOREARM -> List.of("right_elbow", "right_wrist");
            case KNEES -> List.of("left_knee", "right_knee");
            case FEET -> List.of("left_heel", "left_toe", "right_heel", "right_toe");
            case LEFT_FOOT -> List.of("left_heel", "left_toe");
            case RIGHT_FOOT -> List.of("right_heel", "right_toe");
            case LEFT_TOES -> List.of("left_toe");
            case RIGHT_TOES -> List.of("right_toe");
            default -> List.of(name().toLowerCase(Locale.ROOT));
        };
    }

    static BodyPart parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown body part \"" + name + "\"");
        }
    }
}
