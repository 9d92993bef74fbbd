package app.gaitway.assessments;

import app.gaitway.assessments.record.Side;
import app.gaitway.assessments.record.Motion;
import app.gaitway.assessments.record.FieldSpec;
import app.gaitway.assessments.record.AssessmentFields;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The assessment form as the template reads it: every value as typed (or as stored), the message beside each
 * field that has a problem, and whether a range of motion is below the patient's lower limit of normal.
 */
public final class AssessmentForm {

    private final Map<String, String> typed;
    private final Map<String, String> errors;
    private final String visitDate;
    private final int version;

    public AssessmentForm(Map<String, String> typed, Map<String, String> errors, String visitDate, int version) {
        this.typed = typed;
        this.errors = errors;
        this.visitDate = visitDate;
        this.version = version;
    }

    public static AssessmentForm of(Assessment a) {
        return new AssessmentForm(new HashMap<>(a.values().asMap()), Map.of(), a.getVisitDate().toString(), a.getVersion());
    }

    /** The fields of the catalogue as posted (anything else is ignored). */
    public static Map<String, String> typed(MultivaluedMap<String, String> posted) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (FieldSpec spec : FieldCatalogue.all()) {
            String v = posted.getFirst(spec.key());
            if (v != null) {
                typed.put(spec.key(), v);
            }
        }
        return typed;
    }

    public String value(String key) {
        return typed.getOrDefault(key, "");
    }

    public boolean checked(String key) {
        return "true".equals(typed.get(key));
    }

    public boolean selected(String key, String choice) {
        return choice.equals(typed.get(key));
    }

    public boolean hasError(String key) {
        return errors.containsKey(key);
    }

    public String error(String key) {
        return errors.get(key);
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    /**
     * True when the typed active range of motion is a number below {@code lowerLimits}' value for the motion (the
     * lower limit of normal for the patient's age, by motion code); false where there is no limit.
     */
    public boolean belowLimit(String motionCode, String side, Map<String, Integer> lowerLimits) {
        Integer limit = lowerLimits.get(motionCode);
        Motion motion = Motion.valueOf(motionCode.toUpperCase(Locale.ROOT));
        String v = typed.get(AssessmentFields.rom(motion, Side.valueOf(side.toUpperCase(Locale.ROOT)), true));
        try {
            return limit != null && v != null && !v.isBlank() && Integer.parseInt(v.strip()) < limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public String getVisitDate() {
        return visitDate;
    }

    public int getVersion() {
        return version;
    }
}
