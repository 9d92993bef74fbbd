package app.gaitway.clinics;

import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.FormChecks;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;

/** A clinic's name and address as typed by its administrator. */
public record ClinicDetailsForm(String clinicName, String address) {

    static ClinicDetailsForm of(ClinicDetails saved) {
        return new ClinicDetailsForm(saved.name(), saved.address());
    }

    static ClinicDetailsForm from(MultivaluedMap<String, String> body) {
        return new ClinicDetailsForm(body.getFirst("clinicName"), body.getFirst("address"));
    }

    /** What the form alone shows wrong; a name in use and an address too long for the report are the service's. */
    List<FieldProblem> problems() {
        FormChecks checks = new FormChecks();
        AccountFields.clinicName(checks, clinicName, "clinics.name.required");
        AccountFields.clinicAddress(checks, address);
        return checks.problems();
    }
}
