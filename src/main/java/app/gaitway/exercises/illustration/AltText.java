package app.gaitway.exercises.illustration;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-words description of a pose for screen readers, used when the data gives none
 * ("Lying on your back on a mat, knees bent, feet flat."). Hand-written text in the data
 * is better; this keeps every picture described.
 */
final class AltText {

    private AltText() {}

    static String describe(Pose pose, List<Prop> props) {
        if (pose.alt() != null && !pose.alt().isBlank()) {
            return pose.alt().strip();
        }
        List<String> parts = new ArrayList<>();
        parts.add(position(pose, props));
        double kneeL = pose.left().kneeFlexion();
        double kneeR = pose.right().kneeFlexion();
        if (kneeL > 60 && kneeR > 60) {
            parts.add("knees bent");
        } else if (kneeL < 15 && kneeR < 15) {
            parts.add("legs straight");
        } else if (Math.abs(kneeL - kneeR) > 30) {
            parts.add("one knee bent");
        }
        for (Side side : Side.values()) {
            double abd = pose.side(side).hipAbduction();
            if (abd >= 15) {
                parts.add(side.word() + " leg out to the side");
            }
        }
        if (restsOn(pose, BodyPart.FEET) && pose.posture() == Posture.SUPINE) {
            parts.add("feet flat");
        }
        for (Prop p : props) {
            if (p.type() == PropType.BAND) {
                parts.add("a band " + p.band().words);
            } else if (p.type() == PropType.STRAP) {
                parts.add("holding a strap round your " + p.side().word() + " foot");
            } else if (p.type() == PropType.ANKLE_WEIGHT) {
                parts.add("a weight on your " + p.side().word() + " ankle");
            }
        }
        String text = String.join(", ", parts) + ".";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String position(Pose pose, List<Prop> props) {
        boolean mat = props.stream().anyMatch(p -> p.type() == PropType.MAT);
        String onMat = mat ? " on a mat" : "";
        return switch (pose.posture()) {
            case SUPINE -> "lying on your back" + onMat;
            case SIDE_LYING -> "lying on your side" + onMat;
            case PRONE ->
                restsOn(pose, BodyPart.KNEES) ? "on your hands and knees" + onMat : "lying on your front" + onMat;
            case UPRIGHT -> upright(pose);
        };
    }

    private static String upright(Pose pose) {
        for (Support s : pose.supports()) {
            if (s.parts().contains(BodyPart.PELVIS)) {
                return "sitting on a "
                        + s.on().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            }
            if (s.parts().contains(BodyPart.LEFT_KNEE) || s.parts().contains(BodyPart.RIGHT_KNEE)) {
                return "kneeling on one knee, the other foot forward";
            }
        }
        if (restsOn(pose, BodyPart.FEET) || restsOn(pose, BodyPart.LEFT_FOOT) && restsOn(pose, BodyPart.RIGHT_FOOT)) {
            return "standing";
        }
        return "standing on one leg";
    }

    private static boolean restsOn(Pose pose, BodyPart part) {
        return pose.supports().stream().anyMatch(s -> s.parts().contains(part));
    }
}
