package app.gaitway.clinics;

import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import jakarta.mvc.binding.BindingResult;

import java.util.List;

/**
 * Validation errors in the order the fields appear on the page (the binding reports them
 * in no particular order), so the summary at the top reads like the form.
 */
final class FormOrder {

    private FormOrder() {
    }

    static FormErrors errors(BindingResult binding, Messages messages, List<String> fieldsInPageOrder) {
        FormErrors unordered = FormErrors.from(binding, messages);
        FormErrors ordered = new FormErrors();
        for (String field : fieldsInPageOrder) {
            if (unordered.has(field)) {
                ordered.add(field, unordered.of(field));
            }
        }
        unordered.getAll().forEach(ordered::add);
        if (unordered.getGlobal() != null) {
            ordered.global(unordered.getGlobal());
        }
        return ordered;
    }
}
