package app.gaitway.patients;

import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import jakarta.mvc.binding.BindingResult;

import java.time.LocalDate;

/**
 * All problems of a submitted patient form, Bean Validation's and {@link PatientForm#problems}', one per
 * field, in the order the fields stand on the page (so the summary at the top reads like the form).
 */
final class PatientFormErrors {

    private PatientFormErrors() {
    }

    static FormErrors of(BindingResult binding, PatientForm form, Messages messages, LocalDate today) {
        FormErrors found = FormErrors.from(binding, messages);
        for (PatientForm.Problem problem : form.problems(today)) {
            found.add(problem.field(), messages.get(problem.key(), problem.args()));
        }
        FormErrors ordered = new FormErrors();
        for (String field : PatientForm.FIELDS) {
            if (found.has(field)) {
                ordered.add(field, found.of(field));
            }
        }
        found.getAll().forEach(ordered::add);
        return ordered;
    }
}
