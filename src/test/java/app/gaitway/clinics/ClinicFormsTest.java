package app.gaitway.clinics;

import app.gaitway.security.PasswordPolicy;
import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules of the setup, new clinic, clinic details and new staff forms, without a server. */
class ClinicFormsTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy(Set.of("correcthorsebattery"));
    private static final String GOOD_PASSWORD = "plum orbit canvas tide";

    @Test
    void setUpWithEverythingFilledInHasNoProblems() {
        assertEquals(
                List.of(),
                new SetupForm("Physio Nord", "Ana Lee", "ana@example.org", GOOD_PASSWORD, GOOD_PASSWORD)
                        .problems(POLICY));
    }

    @Test
    void setUpSaysWhatIsMissingInPageOrder() {
        assertEquals(
                List.of(
                        new FieldProblem("clinicName", "field.required"),
                        new FieldProblem("fullName", "field.required"),
                        new FieldProblem("email", "field.required"),
                        new FieldProblem("password", "field.required")),
                SetupForm.blank().problems(POLICY));
    }

    @Test
    void setUpAsksThePolicyAndComparesTheRepetitionOnlyForAnAcceptablePassword() {
        assertEquals(
                List.of(new FieldProblem("password", "password.tooShort")),
                new SetupForm("Physio Nord", "Ana Lee", "ana@example.org", "short", "other").problems(POLICY));
        assertEquals(
                List.of(new FieldProblem("passwordRepeat", "password.mismatch")),
                new SetupForm("Physio Nord", "Ana Lee", "ana@example.org", GOOD_PASSWORD, GOOD_PASSWORD + "!")
                        .problems(POLICY));
    }

    @Test
    void setUpRefusesAnInvalidOrOverlongEmail() {
        assertEquals(
                List.of(new FieldProblem("email", "field.invalidEmail")),
                new SetupForm("Physio Nord", "Ana Lee", "ana at example.org", GOOD_PASSWORD, GOOD_PASSWORD)
                        .problems(POLICY));
        assertEquals(
                List.of(new FieldProblem("email", "field.tooLong")),
                new SetupForm("Physio Nord", "Ana Lee", "a".repeat(250) + "@x.org", GOOD_PASSWORD, GOOD_PASSWORD)
                        .problems(POLICY));
    }

    @Test
    void aNewClinicNeedsItsOwnWordsForEachMissingField() {
        assertEquals(
                List.of(
                        new FieldProblem("clinicName", "clinics.name.required"),
                        new FieldProblem("fullName", "staff.fullName.required"),
                        new FieldProblem("email", "staff.email.required"),
                        new FieldProblem("password", "staff.password.required")),
                new NewClinicForm(" ", "", null, "").problems());
    }

    @Test
    void theClinicNameFollowsTheSameRulesWhereverItIsTyped() {
        String tooLong = "c".repeat(201);
        assertEquals(
                List.of(new FieldProblem("clinicName", "field.tooLong")),
                new NewClinicForm(tooLong, "Ana Lee", "ana@example.org", GOOD_PASSWORD).problems());
        assertEquals(
                List.of(new FieldProblem("clinicName", "field.tooLong")),
                new ClinicDetailsForm(tooLong, "").problems());
        assertEquals(
                List.of(new FieldProblem("clinicName", "field.controlCharacter")),
                new ClinicDetailsForm("Physio\u0007Nord", null).problems());
        assertEquals(
                List.of(new FieldProblem("clinicName", "clinics.name.required")),
                new ClinicDetailsForm("", "Hauptstrasse 1").problems());
    }

    @Test
    void anAddressMayHoldLinesButNotControlCharactersOrAbsurdLength() {
        assertEquals(List.of(), new ClinicDetailsForm("Physio Nord", "Hauptstrasse 1\r\n3000 Bern").problems());
        assertEquals(
                List.of(new FieldProblem("address", "field.controlCharacter")),
                new ClinicDetailsForm("Physio Nord", "Hauptstrasse 1\u0000").problems());
        assertEquals(
                List.of(new FieldProblem("address", "field.tooLong")),
                new ClinicDetailsForm("Physio Nord", "a".repeat(2001)).problems());
    }

    @Test
    void aNewStaffMemberNeedsARoleThatIsOffered() {
        assertEquals(List.of(), new NewStaffForm("Ana Lee", "ana@example.org", "ADMIN", "anything").problems());
        assertEquals(
                List.of(new FieldProblem("role", "staff.role.missing")),
                new NewStaffForm("Ana Lee", "ana@example.org", "admin", "anything").problems());
        assertEquals(
                List.of(new FieldProblem("role", "staff.role.missing")),
                new NewStaffForm("Ana Lee", "ana@example.org", "", "anything").problems());
        assertEquals("THERAPIST", NewStaffForm.blank().role(), "a therapist unless the administrator says otherwise");
    }

    @Test
    void typedValuesAreKeptAsSent() {
        MultivaluedMap<String, String> body = new MultivaluedHashMap<>();
        body.add("clinicName", " Physio  Nord ");
        body.add("fullName", "Ana\u0000");
        body.add("email", "not-an-email");
        body.add("password", "pw");
        body.add("passwordRepeat", "pw2");
        body.add("address", "line 1\r\nline 2");

        assertEquals(new SetupForm(" Physio  Nord ", "Ana\u0000", "not-an-email", "pw", "pw2"), SetupForm.from(body));
        assertEquals(new NewClinicForm(" Physio  Nord ", "Ana\u0000", "not-an-email", "pw"), NewClinicForm.from(body));
        assertEquals(new ClinicDetailsForm(" Physio  Nord ", "line 1\r\nline 2"), ClinicDetailsForm.from(body));
    }
}
