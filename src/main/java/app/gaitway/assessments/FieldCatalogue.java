package app.gaitway.assessments;

import app.gaitway.assessments.record.AssessmentFields;
import app.gaitway.assessments.record.FieldSpec;
import app.gaitway.assessments.screen.SafetyScreen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every field of an assessment, by key: the examination's and the safety screen's. The form, validation, storage
 * and comparison all read this one list.
 */
public final class FieldCatalogue {

    private static final Map<String, FieldSpec> FIELDS = build();

    private FieldCatalogue() {}

    public static List<FieldSpec> all() {
        return List.copyOf(FIELDS.values());
    }

    public static FieldSpec get(String key) {
        FieldSpec spec = FIELDS.get(key);
        if (spec == null) {
            throw new IllegalArgumentException("no assessment field " + key);
        }
        return spec;
    }

    public static boolean exists(String key) {
        return FIELDS.containsKey(key);
    }

    private static Map<String, FieldSpec> build() {
        List<FieldSpec> f = new ArrayList<>(AssessmentFields.examination());
        f.addAll(SafetyScreen.fields());
        Map<String, FieldSpec> byKey = new LinkedHashMap<>();
        for (FieldSpec spec : f) {
            if (byKey.put(spec.key(), spec) != null) {
                throw new IllegalStateException("field listed twice: " + spec.key());
            }
        }
        return Collections.unmodifiableMap(byKey);
    }
}
