package app.gaitway.shared.text;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.programs.ProgramSite;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Staff;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageAssertions;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.gaitway.testing.PageAssertions.fieldError;
import static app.gaitway.testing.PageAssertions.inputValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A NUL or another control character typed (or pasted) into any free-text field of any form: refused with the
 * same message beside the field, everything else typed kept, nothing stored. PostgreSQL answered NUL with a 500
 * where H2 stored it; CI runs this class on both, and both must answer exactly this.
 */
@ExtendWith(SharedServer.class)
class ControlCharactersIT {

    static final String MESSAGE = "This holds an invisible control character that cannot be saved "
            + "(it often comes along with pasted text). Type it again without it.";
    private static final String NUL = "\u0000";

    private static void assertRefused(Page page) {
        assertEquals(400, page.status(), page.body());
        PageAssertions.assertNoInternals(page);
        PageAssertions.assertInLayout(page);
    }

    @Test
    void patientForms(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "nul-patient");
        WebClient client = therapist.client();
        Form form = client.get("/patients/new")
                .form("/patients/new")
                .set("givenName", "Ann" + NUL)
                .set("familyName", "Nul\u0007")
                .set("dateOfBirth", "1984-05-17")
                .set("email", "ann@example.org")
                .set("referralReason", "Knee" + NUL + " pain")
                .set("notes", "Runs.\r\nTabs\tare fine; this is not: \u001b[31m");
        Page refused = client.submit(form);
        assertRefused(refused);
        for (String field : List.of("givenName", "familyName", "referralReason", "notes")) {
            assertEquals(MESSAGE, fieldError(refused, field), field);
        }
        assertEquals("1984-05-17", inputValue(refused, "dateOfBirth"));
        assertEquals("ann@example.org", inputValue(refused, "email"));
        assertEquals(
                0,
                AssessmentSite.count(server, "SELECT COUNT(*) FROM patient WHERE clinic_id = ?", therapist.clinicId()));

        long id = Patients.register(client, "Nadia", "Nul");
        Form edit = client.get("/patients/" + id + "/edit")
                .form("/patients/" + id + "/edit")
                .set("familyName", "Nul" + NUL)
                .set("notes", "Kept note");
        Page editRefused = client.submit(edit);
        assertRefused(editRefused);
        assertEquals(MESSAGE, fieldError(editRefused, "familyName"));
        assertEquals("Nadia", inputValue(editRefused, "givenName"));
        assertTrue(editRefused.contains("Kept note"), "the typed note is kept");
        assertEquals(
                0,
                AssessmentSite.count(
                        server,
                        "SELECT COUNT(*) FROM patient WHERE id = ? AND (notes IS NOT NULL OR family_name <> 'Nul')",
                        id));
    }

    @Test
    void assessmentFieldsAndAddenda(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "nul-assessment");
        WebClient client = therapist.client();
        long patient = Patients.register(client, "Abel", "Assessed");
        long id = AssessmentSite.start(client, patient);
        int version = AssessmentSite.stored(server, id).version();
        Page refused = AssessmentSite.save(
                client,
                id,
                Map.of(
                        "subjective.complaint",
                        "Knee" + NUL,
                        "subjective.goals",
                        "Stairs\u0000",
                        "subjective.pain_now",
                        "4"),
                "save");
        assertRefused(refused);
        assertEquals(MESSAGE, AssessmentSite.errorBeside(refused, "subjective.complaint"));
        assertEquals(MESSAGE, AssessmentSite.errorBeside(refused, "subjective.goals"));
        assertTrue(AssessmentSite.control(refused, "subjective.pain_now").contains("value=\"4\""), "typed value kept");
        assertEquals(version, AssessmentSite.stored(server, id).version(), "nothing saved");

        long finalized = AssessmentSite.finalized(client, patient, Map.of("subjective.complaint", "Knee pain"));
        Page addendum = AssessmentSite.addAddendum(client, finalized, "Seen again" + NUL + "today");
        assertRefused(addendum);
        assertEquals(MESSAGE, AssessmentSite.errorBeside(addendum, "addendum"));
        assertTrue(addendum.contains("Seen again"), "the typed addendum is kept");
        assertEquals(0, AssessmentSite.addenda(server, finalized));
    }

    @Test
    void programBuilderEndAndTemplate(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "nul-program");
        WebClient client = therapist.client();
        long patient = Patients.register(client, "Pia", "Program");
        Form builder = ProgramSite.builderForm(ProgramSite.openBuilder(client, patient));
        builder =
                ProgramSite.builderForm(ProgramSite.add(client, builder, ExerciseSite.builtInId(client, "Clamshell")));
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("title", "Knee" + NUL);
        typed.put("instructions", "Slowly.\r\nTwice a day\u0000");
        typed.put("clinicPhone", ProgramSite.PHONE);
        typed.put(ProgramSite.field(0, "note"), "Feet\u0000together");
        Page refused = ProgramSite.press(client, builder, typed, "save");
        assertRefused(refused);
        for (String field : List.of("title", "instructions", ProgramSite.field(0, "note"))) {
            assertEquals(MESSAGE, AssessmentSite.errorBeside(refused, field), field);
        }
        assertEquals(ProgramSite.PHONE, ProgramSite.builderForm(refused).get("clinicPhone"));
        assertEquals(0, ProgramSite.programsOf(server, patient));

        long program = ProgramSite.create(
                client,
                patient,
                "Knee program",
                List.of(ProgramSite.item(ExerciseSite.builtInId(client, "Clamshell"))));
        Page template = ProgramSite.saveAsTemplate(client, program, "Knee\u0000", "Good\u0000 start");
        assertRefused(template);
        assertEquals(MESSAGE, AssessmentSite.errorBeside(template, "templateTitle"));
        assertEquals(MESSAGE, AssessmentSite.errorBeside(template, "templateDescription"));
        assertEquals(0, ProgramSite.templatesOf(server, therapist.clinicId()));

        Form end = ProgramSite.page(client, program)
                .form(ProgramSite.path(program) + "/end")
                .set("endedOn", AssessmentSite.today().toString())
                .set("reason", "Discharged" + NUL);
        Page ended = client.submit(end);
        assertRefused(ended);
        assertEquals(MESSAGE, AssessmentSite.errorBeside(ended, "reason"));
        assertEquals(
                0,
                AssessmentSite.count(
                        server, "SELECT COUNT(*) FROM program WHERE id = ? AND ended_on IS NOT NULL", program));
    }

    @Test
    void customExerciseTextsAndLinks(GaitwayServer server) {
        WebClient client = Therapists.ofNewClinic(server, "nul-exercise").client();
        long clam = ExerciseSite.builtInId(client, "Clamshell");
        Page formPage = client.get("/exercises/custom/new?copy=" + clam);
        String name = ExerciseSite.uniqueName("Our clamshell");
        Form form = formPage.form("/exercises/custom/new")
                .set("name", name + NUL)
                .set("feel", "Your hip\u0000working")
                .add("action", "save");
        Page refused = client.submit(form);
        assertRefused(refused);
        assertEquals(MESSAGE, ExerciseSite.errorBeside(refused, "name"));
        assertEquals(MESSAGE, ExerciseSite.errorBeside(refused, "feel"));
        assertEquals(
                formPage.form("/exercises/custom/new").get("cues"),
                ExerciseSite.shownValue(refused, "/exercises/custom/new", "cues"),
                "the rest is kept");

        String link = "Choose an exercise of the library from the list.";
        Form links = formPage.form("/exercises/custom/new")
                .set("name", name)
                .setAll("easierLink", List.of("no-such-exercise", "", ""))
                .setAll("harderLink", List.of("x".repeat(150_000), "", ""))
                .add("action", "save");
        Page linkRefused = client.submit(links);
        assertRefused(linkRefused);
        assertEquals(link, ExerciseSite.errorBeside(linkRefused, "easier"));
        assertEquals(link, ExerciseSite.errorBeside(linkRefused, "harder"));
        assertEquals(name, ExerciseSite.shownValue(linkRefused, "/exercises/custom/new", "name"));
        assertFalse(linkRefused.body().contains("x".repeat(1000)), "the long link is not echoed");

        Form huge = formPage.form("/exercises/custom/new")
                .set("name", name)
                .setAll("harderLink", List.of("x".repeat(250_000), "", ""))
                .add("action", "save");
        assertRefused(client.submit(huge));
        assertEquals(0, ExerciseSite.count(ExerciseSite.library(client, "own", "true")), "nothing saved");

        Form good = formPage.form("/exercises/custom/new")
                .set("name", name)
                .setAll("easierLink", List.of("clamshell", "", ""))
                .add("action", "save");
        ExerciseSite.savedId(client.submit(good));
    }

    @Test
    void staffClinicsAndPasswords(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        Page clinic = owner.submit(
                "/admin/clinics/new",
                "/admin/clinics/new",
                Map.of(
                        "clinicName",
                        "Nul\u0000 clinic",
                        "fullName",
                        "Bea\u0000",
                        "email",
                        Staff.uniqueEmail("nul-b"),
                        "password",
                        "temporary\u0000 horse battery"));
        assertRefused(clinic);
        for (String field : List.of("clinicName", "fullName", "password")) {
            assertEquals(MESSAGE, fieldError(clinic, field), field);
        }
        assertEquals(
                0, AssessmentSite.count(server, "SELECT COUNT(*) FROM clinic WHERE name LIKE 'Nul%' AND id > ?", 0));

        WebClient admin = Staff.adminOfNewClinic(server, owner);
        String email = Staff.uniqueEmail("nul-staff");
        Page staff = admin.submit(
                "/admin/users/new",
                "/admin/users/new",
                Map.of(
                        "fullName",
                        "Theo\u0000",
                        "email",
                        email,
                        "role",
                        "THERAPIST",
                        "temporaryPassword",
                        "temporary\u0000 horse battery"));
        assertRefused(staff);
        assertEquals(MESSAGE, fieldError(staff, "fullName"));
        assertEquals(MESSAGE, fieldError(staff, "temporaryPassword"));
        assertEquals(email, inputValue(staff, "email"));
        assertEquals(
                0,
                AssessmentSite.count(
                        server, "SELECT COUNT(*) FROM user_account WHERE email = '" + email + "' AND id > ?", 0));

        Staff.Member member = Staff.add(admin, "THERAPIST");
        Page page = admin.get(member.path());
        Page renamed = Staff.edit(admin, page, member.id(), "Theo\u0000", "THERAPIST", Staff.version(page));
        assertRefused(renamed);
        assertEquals(MESSAGE, fieldError(renamed, "fullName"));

        Page reset =
                Staff.act(admin, member, "/reset-password", Map.of("temporaryPassword", "another\u0000 horse battery"));
        assertRefused(reset);
        assertTrue(reset.contains(MESSAGE), reset.body());

        WebClient self = Staff.signedIn(server, member.email(), member.password());
        Page change = self.submit(
                "/account/password",
                "/account/password",
                Map.of(
                        "currentPassword",
                        member.password(),
                        "newPassword",
                        "my own\u0000 meadow lantern",
                        "newPasswordRepeat",
                        "my own\u0000 meadow lantern"));
        assertRefused(change);
        assertEquals(MESSAGE, fieldError(change, "newPassword"));
    }

    @Test
    void signingInWithANulInTheEmailIsAWrongSignInNotAnError(GaitwayServer server) {
        Page answer = new WebClient(server).login("owner\u0000@clinic-a.test", "whatever it is here");
        assertEquals(401, answer.status(), answer.body());
        PageAssertions.assertNoInternals(answer);
    }
}
