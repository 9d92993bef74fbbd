package app.gaitway.programs.dosage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link DosageRules#parse} made of a form: the dosage when every field is right, else the problems, each a
 * message key under the name of the {@link DosageFields} field it belongs beside (in form order). Never both.
 */
public record DosageResult(ItemDosage dosageOrNull, Map<String, String> errors) {

    public DosageResult {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        if ((dosageOrNull == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a dosage result has either a dosage or errors");
        }
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The message key of the problem with this field, or null when it is fine. */
    public String errorFor(String field) {
        return errors.get(field);
    }
}
