package app.gaitway.clinics;

import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.FormChecks;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;

/** The installation owner creates a further clinic with its first administrator. */
public record NewClinicForm(String clinicName, String fullName, String email, String password) {

    static NewClinicForm blank() {
        return new NewClinicForm(null, null, null, null);
    }

    static NewClinicForm from(MultivaluedMap<String, String> body) {
        return new NewClinicForm(
                body.getFirst("clinicName"),
                body.getFirst("fullName"),
                body.getFirst("email"),
                body.getFirst("password"));
    }

    /** What the form alone shows wrong, in page order; names in use and the password's strength are the service's. */
    List<FieldProblem> problems() {
        FormChecks checks = new FormChecks();
        AccountFields.clinicName(checks, clinicName, "clinics.name.required");
        AccountFields.fullName(checks, fullName, "staff.fullName.required");
        AccountFields.email(checks, email, "staff.email.required");
        AccountFields.password(checks, "password", password, "staff.password.required");
        return checks.problems();
    }
}
