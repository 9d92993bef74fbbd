package app.gaitway.clinics;

import app.gaitway.shared.web.FieldProblem;

/**
 * A staff or clinic change that a rule does not allow (last administrator, email in use, weak
 * password...). Carries the problem beside the form field it concerns ({@link FieldProblem#FORM}
 * for the whole form); nothing was changed.
 */
public class AdministrationRefused extends RuntimeException {

    private final FieldProblem problem;

    public AdministrationRefused(String field, String messageKey) {
        super("Refused: " + messageKey);
        this.problem = new FieldProblem(field, messageKey);
    }

    public static AdministrationRefused forWholeForm(String messageKey) {
        return new AdministrationRefused(FieldProblem.FORM, messageKey);
    }

    public FieldProblem problem() {
        return problem;
    }
}
