package app.gaitway.assessments;

import app.gaitway.shared.web.Messages;

/** A field's name in words for the error summary: "Hip abductors, right, grade", "Pain now". */
final class FieldLabels {

    private FieldLabels() {}

    static String of(String key, Messages m) {
        String[] p = key.split("\\.");
        try {
            return switch (p[0]) {
                case "strength" ->
                    p.length == 4
                            ? m.get("assessment.muscle." + p[1]) + ", "
                                    + m.get("assessment.col." + p[2]).toLowerCase() + ", "
                                    + m.get("assessment.col." + p[3])
                            : p.length == 3
                                    ? m.get("assessment.muscle." + p[1]) + ", "
                                            + m.get("assessment.col.position").toLowerCase()
                                    : m.get("assessment.label." + key);
                case "rom" ->
                    m.get("assessment.motion." + p[1]) + ", "
                            + m.get("assessment.col." + p[2]).toLowerCase() + ", " + m.get("assessment.col." + p[3]);
                case "lefs" -> m.get("assessment.lefs." + p[1]);
                case "akps" -> m.get("assessment.akps." + p[1]);
                case "psfs" ->
                    m.get("assessment.psfs.activity", p[1].replaceAll("\\D", "")) + ", "
                            + (p[1].startsWith("rating")
                                    ? m.get("assessment.psfs.rating")
                                    : m.get("assessment.psfs.activityName"));
                case "gait" ->
                    p.length >= 3 && (p[2].equals("left") || p[2].equals("right"))
                            ? m.get("assessment.gait." + p[1]) + ", "
                                    + m.get("assessment.col." + p[2]).toLowerCase()
                            : m.get("assessment.label." + key);
                default -> m.get("assessment.label." + key);
            };
        } catch (IllegalArgumentException noSuchKey) {
            return key;
        }
    }
}
