package app.gaitway.assessments;

import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.AssessmentValues;
import app.gaitway.assessments.record.MuscleGroup;
import app.gaitway.assessments.screen.SafetyScreen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a follow-up assessment takes from the patient's previous one: the facts of the patient and of how the tests
 * were set up, so a re-test is done the same way, never a measurement. Body weight (for force as % of body weight),
 * the dynamometer's force unit, each muscle group's test position and the safety screen's precautions (a hip
 * replacement with its approach and date, weight bearing, osteoporosis, ...) are carried, and so are the names of the
 * Patient-Specific Functional Scale's activities, because that scale asks the patient to score the same activities
 * again; every grade, force, angle, score and answer starts blank, so nothing old can be signed as new. Red flags are
 * asked anew at every visit.
 *
 * <p>Height and the affected side are not fields of the assessment today (the affected side is on the patient's
 * record, which every assessment reads): when the catalogue gains them, their keys belong in {@link #carriedKeys()}.
 */
public final class FollowUp {

    public static final String BODY_WEIGHT = "strength.body_weight_kg";
    public static final String FORCE_UNIT = "strength.force_unit";

    /** What was carried, for the form's notice: its parts by kind. */
    public enum Part {
        PRECAUTIONS,
        BODY_WEIGHT,
        FORCE_UNIT,
        TEST_POSITIONS,
        PSFS_ACTIVITIES
    }

    private FollowUp() {}

    /** Every key a follow-up may take over, in the catalogue's order. */
    public static List<String> carriedKeys() {
        List<String> keys = new ArrayList<>(SafetyScreen.PRECAUTION_FIELDS);
        keys.add(BODY_WEIGHT);
        keys.add(FORCE_UNIT);
        for (MuscleGroup group : MuscleGroup.values()) {
            keys.add(AssessmentFields.testPosition(group));
        }
        for (int i = 1; i <= AssessmentFields.PSFS_ACTIVITIES; i++) {
            keys.add(AssessmentFields.psfsActivity(i));
        }
        return keys.stream().filter(FieldCatalogue::exists).toList();
    }

    /** The values a follow-up of {@code previous} starts with: the carried keys it has, nothing else. */
    public static AssessmentValues startingFrom(AssessmentValues previous) {
        Map<String, String> carried = new TreeMap<>();
        for (String key : carriedKeys()) {
            previous.text(key).filter(v -> !v.isBlank()).ifPresent(v -> carried.put(key, v));
        }
        return new AssessmentValues(carried);
    }

    /** Which kinds of value {@code carried} holds, in the order the form shows them. */
    public static List<Part> parts(AssessmentValues carried) {
        List<Part> parts = new ArrayList<>();
        if (SafetyScreen.PRECAUTION_FIELDS.stream()
                .anyMatch(k -> carried.text(k).isPresent())) {
            parts.add(Part.PRECAUTIONS);
        }
        if (carried.text(BODY_WEIGHT).isPresent()) {
            parts.add(Part.BODY_WEIGHT);
        }
        if (carried.text(FORCE_UNIT).isPresent()) {
            parts.add(Part.FORCE_UNIT);
        }
        if (positions(carried) > 0) {
            parts.add(Part.TEST_POSITIONS);
        }
        for (int i = 1; i <= AssessmentFields.PSFS_ACTIVITIES; i++) {
            if (carried.text(AssessmentFields.psfsActivity(i)).isPresent()) {
                parts.add(Part.PSFS_ACTIVITIES);
                break;
            }
        }
        return parts;
    }

    /** How many muscle groups have a test position in {@code values}. */
    public static int positions(AssessmentValues values) {
        int n = 0;
        for (MuscleGroup group : MuscleGroup.values()) {
            if (values.text(AssessmentFields.testPosition(group)).isPresent()) {
                n++;
            }
        }
        return n;
    }
}
