package app.gaitway.clinics;

import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StaffEditFormTest {

    @Test
    void readsTheVersionTheFormWasBuiltFrom() throws Exception {
        assertEquals(7, formWithVersion("7").versionSeen());
    }

    @Test
    void aMissingOrGarbledVersionNeverMatchesAStoredOne() throws Exception {
        assertEquals(StaffEditForm.UNKNOWN_VERSION, formWithVersion(null).versionSeen());
        assertEquals(StaffEditForm.UNKNOWN_VERSION, formWithVersion("seven").versionSeen());
        assertEquals(
                StaffEditForm.UNKNOWN_VERSION, formWithVersion("99999999999").versionSeen());
    }

    @Test
    void aNameAndARoleAreRequiredAndTheRoleMustBeOneOffered() {
        assertEquals(
                List.of(
                        new FieldProblem("fullName", "staff.fullName.required"),
                        new FieldProblem("role", "staff.role.missing")),
                new StaffEditForm(" ", "", null, "1").problems());
        assertEquals(
                List.of(new FieldProblem("role", "staff.role.missing")),
                new StaffEditForm("Ana", "OWNER", null, "1").problems());
    }

    @Test
    void credentialsMayBeEmptyButNotLongerThanTheColumn() {
        assertEquals(List.of(), new StaffEditForm("Ana", "ADMIN", "", "1").problems());
        assertEquals(
                List.of(new FieldProblem("credentials", "field.tooLong")),
                new StaffEditForm("Ana", "ADMIN", "x".repeat(201), "1").problems());
    }

    @Test
    void keepsEveryValueAsTyped() {
        MultivaluedMap<String, String> body = new MultivaluedHashMap<>();
        body.add("fullName", " Ana  Lee ");
        body.add("role", "nonsense");
        body.add("credentials", "PT, MSc");
        body.add("version", "x");
        assertEquals(new StaffEditForm(" Ana  Lee ", "nonsense", "PT, MSc", "x"), StaffEditForm.from(body));
    }

    private static StaffEditForm formWithVersion(String version) {
        return new StaffEditForm("Ana", "THERAPIST", null, version);
    }
}
