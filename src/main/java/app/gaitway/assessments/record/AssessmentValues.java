package app.gaitway.assessments.record;

import app.gaitway.shared.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The checked values of one assessment, by field key (see {@link AssessmentFields}); a field left empty is absent.
 * Stored as one JSON object of strings, so the record reads back exactly as it was entered, and read through
 * typed accessors by the findings and the comparison.
 */
public final class AssessmentValues {

    private final Map<String, String> values;

    public AssessmentValues(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static AssessmentValues empty() {
        return new AssessmentValues(Map.of());
    }

    public Map<String, String> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public boolean flag(String key) {
        return "true".equals(values.get(key));
    }

    public Optional<Integer> integer(String key) {
        return text(key).map(Integer::valueOf);
    }

    public Optional<Double> decimal(String key) {
        return text(key).map(Double::valueOf);
    }

    public Optional<MmtGrade> grade(MuscleGroup group, Side side) {
        return text(AssessmentFields.grade(group, side)).flatMap(MmtGrade::parse);
    }

    public Optional<Double> force(MuscleGroup group, Side side) {
        return decimal(AssessmentFields.force(group, side));
    }

    public Optional<Integer> rom(Motion motion, Side side, boolean active) {
        return integer(AssessmentFields.rom(motion, side, active));
    }

    public String toJson() {
        JsonObjectBuilder b = Jsonp.createObjectBuilder();
        values.forEach(b::add);
        return b.build().toString();
    }

    /** Reads what the app stored; keys it no longer knows are kept, never dropped. */
    public static AssessmentValues fromJson(String json) {
        JsonObject o = Jsonp.createReader(new StringReader(json)).readObject();
        Map<String, String> map = new TreeMap<>();
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            if (e.getValue() instanceof JsonString s) {
                map.put(e.getKey(), s.getString());
            }
        }
        return new AssessmentValues(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssessmentValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
