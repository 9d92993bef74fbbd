package app.gaitway.patients;

import app.gaitway.patients.PatientSite.AuditRow;
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

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.gaitway.patients.PatientSite.actions;
import static app.gaitway.patients.PatientSite.audit;
import static app.gaitway.patients.PatientSite.column;
import static app.gaitway.patients.PatientSite.listed;
import static app.gaitway.testdata.Patients.formFields;
import static app.gaitway.testdata.Patients.register;
import static app.gaitway.testing.PageAssertions.fieldError;
import static app.gaitway.testing.PageAssertions.inputValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Patient records over HTTP: registering, the patient page, editing (with a stale form), archiving and
 * restoring, refused input, the list's search, and the audit trail of every view and change. Each test
 * works in a clinic of its own.
 */
@ExtendWith(SharedServer.class)
class PatientsIT {

    private static final String PATIENT = PatientService.AUDIT_RECORD;

    @Test
    void registersAPatientAndShowsTheirDetailsAtAGlance(GaitwayServer server) throws SQLException {
        Therapist t = Therapists.ofNewClinic(server, "register");
        long id = register(t.client(), "Zoë", "Núñez", "1.3.1950");

        Page page = t.client().get("/patients/" + id);
        assertEquals(200, page.status());
        PageAssertions.assertInLayout(page);
        assertEquals("Zoë Núñez", page.heading());
        assertTrue(page.contains("Patient added."), "flash message");
        assertTrue(page.contains(">1 Mar 1950<"), "date of birth");
        assertTrue(page.contains(">M22.2<"), "ICD-10 code upper-cased");
        assertTrue(page.contains(">Female<") && page.contains(">Left<") && page.contains(">es<"));
        assertTrue(page.contains("+44 (0)20 7946-0958") && page.contains("patient@example.org"));
        assertTrue(page.contains("Runs 20 km a week.\nWeak hip abductors suspected."), "notes, one line break each");
        Matcher timeline = Pattern.compile("<section[^>]*\\bid=\"timeline\"[^>]*>(.*?)</section>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(timeline.find(), "the patient's history has its place on the page");
        assertTrue(timeline.group(1).contains(">History</h2>"), timeline.group(1));
        assertTrue(timeline.group(1).contains("Nothing recorded yet."), timeline.group(1));

        assertEquals("zoe nunez", column(server, id, "search_name"));
        assertEquals(t.clinicId(), ((Number) column(server, id, "clinic_id")).longValue());
        assertEquals(Boolean.FALSE, column(server, id, "archived"));
        assertTrue(column(server, id, "last_activity_at") != null);
        assertEquals(List.of("CHANGE", "VIEW"), actions(audit(server, t.userId(), PATIENT, id)));
        for (AuditRow row : audit(server, t.userId(), PATIENT, id)) {
            assertEquals(t.clinicId(), row.clinicId());
            assertEquals("SUCCESS", row.outcome());
        }
    }

    @Test
    void editSavesTheChangesAndAuditsTheViewAndTheChange(GaitwayServer server) throws SQLException {
        Therapist t = Therapists.ofNewClinic(server, "edit");
        long id = register(t.client(), "Ana", "Lopez", "1961-07-14");
        Page edit = t.client().get("/patients/" + id + "/edit");
        assertEquals(200, edit.status());
        assertEquals("Lopez", inputValue(edit, "familyName"));
        assertEquals("1961-07-14", inputValue(edit, "dateOfBirth"));

        Form form = edit.form("/patients/" + id + "/edit")
                .set("familyName", "López García")
                .set("icd10Code", "M54.5")
                .set("affectedSide", "NONE")
                .set("phone", "")
                .set("notes", "Low back pain when sitting long.");
        Page saved = t.client().submit(form);
        PageAssertions.assertRedirect("/patients/" + id, saved);

        Page page = t.client().get("/patients/" + id);
        assertEquals("Ana López García", page.heading());
        assertTrue(page.contains("Changes saved."));
        assertTrue(page.contains(">M54.5<") && page.contains(">Neither side<"));
        assertTrue(page.contains("Low back pain when sitting long."));
        assertEquals("ana lopez garcia", column(server, id, "search_name"), "search name follows the name");
        assertEquals(null, column(server, id, "phone"), "an emptied field is not recorded");

        Page again =
                t.client().submit(t.client().get("/patients/" + id + "/edit").form("/patients/" + id + "/edit"));
        PageAssertions.assertRedirect("/patients/" + id, again);
        assertTrue(t.client().get("/patients/" + id).contains("Nothing was changed."));

        assertEquals(
                List.of("CHANGE", "VIEW", "CHANGE", "VIEW", "VIEW", "VIEW"),
                actions(audit(server, t.userId(), PATIENT, id)),
                "created, edit form, saved, page, edit form (saved without a change), page");
    }

    @Test
    void refusedInputKeepsEveryTypedValueAndSavesNothing(GaitwayServer server) throws SQLException {
        Therapist t = Therapists.ofNewClinic(server, "refused");
        Map<String, String> typed = formFields("", "Ng", "01/03/1950");
        typed.put("email", "not an email");
        typed.put("phone", "call me maybe");
        typed.put("icd10Code", "knee");
        typed.put("notes", "x".repeat(5_001));
        typed.put("referralReason", "Sore knee");
        Page refused = t.client().submit("/patients/new", "/patients/new", typed);

        assertEquals(400, refused.status());
        PageAssertions.assertNoInternals(refused);
        assertTrue(refused.contains("There are 6 problems"), "summary of all problems");
        assertEquals("Enter the given name.", fieldError(refused, "givenName"));
        assertTrue(fieldError(refused, "dateOfBirth").contains("1950-03-01 or 1.3.1950"));
        assertEquals("Enter an email address like name@clinic.org.", fieldError(refused, "email"));
        assertEquals("Use only digits, spaces and + ( ) -.", fieldError(refused, "phone"));
        assertTrue(fieldError(refused, "icd10Code").contains("M54.5"));
        assertEquals("Use at most 5000 characters (now 5001).", fieldError(refused, "notes"));
        assertEquals("Ng", inputValue(refused, "familyName"));
        assertEquals("01/03/1950", inputValue(refused, "dateOfBirth"));
        assertEquals("not an email", inputValue(refused, "email"));
        assertEquals("call me maybe", inputValue(refused, "phone"));
        assertEquals("knee", inputValue(refused, "icd10Code"));
        assertTrue(refused.contains(">Sore knee</textarea>"), "referral reason kept");
        assertTrue(refused.contains(">" + "x".repeat(5_001) + "</textarea>"), "notes kept");
        assertTrue(refused.contains("<option value=\"LEFT\" selected=\"selected\">"), "side kept");
        assertEquals(0, PatientSite.patientsOfClinic(server, t.clinicId()), "nothing saved");

        String today = LocalDate.now().toString();
        for (String[] bad : new String[][] {
            {LocalDate.now().plusDays(2).toString(), "The date of birth cannot be in the future."},
            {"31.12.1899", "The date of birth cannot be before 1900."},
            {"31.02.1950", "Write the date as 1950-03-01 or 1.3.1950 (day.month.year), and check it is a real date."},
            {"", "Enter the date of birth."}
        }) {
            Page page = t.client().submit("/patients/new", "/patients/new", formFields("Ida", "Berg", bad[0]));
            assertEquals(400, page.status(), bad[0]);
            assertEquals(bad[1], fieldError(page, "dateOfBirth"), bad[0]);
        }
        assertEquals(0, PatientSite.patientsOfClinic(server, t.clinicId()), "nothing saved");
        register(t.client(), "Newborn", "Berg", today);

        long id = register(t.client(), "Ida", "Berg", "1.1.1900");
        Page edit = t.client().get("/patients/" + id + "/edit");
        int version = ((Number) column(server, id, "version")).intValue();
        Page refusedEdit = t.client()
                .submit(edit.form("/patients/" + id + "/edit")
                        .set("givenName", "Idun")
                        .set("familyName", " ")
                        .set("icd10Code", "M22-2"));
        assertEquals(400, refusedEdit.status());
        assertEquals("Enter the family name.", fieldError(refusedEdit, "familyName"));
        assertTrue(fieldError(refusedEdit, "icd10Code").startsWith("Write the code"));
        assertEquals("Idun", inputValue(refusedEdit, "givenName"));
        assertEquals("M22-2", inputValue(refusedEdit, "icd10Code"));
        assertEquals("Ida", column(server, id, "given_name"), "nothing saved");
        assertEquals(version, ((Number) column(server, id, "version")).intValue());
    }

    @Test
    void aStaleEditGetsTheConflictWithTypedAndSavedValuesThenSavesOnPurpose(GaitwayServer server) throws SQLException {
        Therapist t = Therapists.ofNewClinic(server, "stale");
        WebClient other = Staff.signedIn(server, t.email(), SharedServer.OWNER_PASSWORD);
        long id = register(t.client(), "Ola", "Nordmann", "1980-02-02");
        String path = "/patients/" + id + "/edit";
        Form mine = t.client().get(path).form(path);
        Form theirs = other.get(path).form(path);

        PageAssertions.assertRedirect(
                "/patients/" + id,
                other.submit(theirs.set("familyName", "Nordmann-Saved").set("sex", "MALE")));
        Page conflict = t.client().submit(mine.set("givenName", "Typed").set("phone", "+47 22 00 00 00"));

        assertEquals(409, conflict.status());
        assertTrue(conflict.contains("Someone else changed this record while you were editing."));
        assertEquals("Typed", inputValue(conflict, "givenName"), "typed value kept");
        assertEquals("Nordmann", inputValue(conflict, "familyName"), "what this person's form held is kept");
        assertEquals("+47 22 00 00 00", inputValue(conflict, "phone"));
        assertTrue(conflict.contains(">Saved version: Nordmann-Saved<"), "the other person's name shown");
        assertTrue(conflict.contains(">Saved version: Male<"), "the other person's choice shown in words");
        assertTrue(conflict.contains(">Saved version: Ola<"), "saved given name beside the typed one");
        assertEquals("Nordmann-Saved", column(server, id, "family_name"), "nothing overwritten");

        Page resolved = t.client().submit(conflict.form(path));
        PageAssertions.assertRedirect("/patients/" + id, resolved, "saving again on purpose works");
        assertEquals("Typed", column(server, id, "given_name"));
        assertEquals("Nordmann", column(server, id, "family_name"));

        Page garbled = t.client()
                .submit(t.client().get(path).form(path).set("version", "-7").set("givenName", "Sneaky"));
        assertEquals(409, garbled.status(), "a garbled version is a conflict, never an overwrite");
        assertEquals("Typed", column(server, id, "given_name"));
    }

    @Test
    void archivingHidesThePatientFromTheListAndRestoringBringsThemBack(GaitwayServer server) throws SQLException {
        Therapist t = Therapists.ofNewClinic(server, "archive");
        long id = register(t.client(), "Arch", "Ivist", "1955-05-05");
        long other = register(t.client(), "Stays", "Listed", "1956-06-06");
        String page = "/patients/" + id;

        PageAssertions.assertRedirect(page, t.client().submit(page, page + "/archive", Map.of()));
        Page archived = t.client().get(page);
        assertEquals(200, archived.status(), "an archived patient still opens");
        assertTrue(archived.contains("This patient is archived"));
        assertTrue(archived.contains("action=\"/patients/" + id + "/restore\""));
        assertEquals(Boolean.TRUE, column(server, id, "archived"));
        assertEquals(List.of(other), listed(t.client().get("/patients")));
        assertEquals(List.of(), listed(t.client().get("/patients?q=ivist")), "archived patients are not searched");
        assertTrue(t.client().get("/patients?q=ivist").contains("Include archived patients"));
        Page withArchived = t.client().get("/patients?q=ivist&archived=true");
        assertEquals(List.of(id), listed(withArchived));
        assertTrue(withArchived.contains(">Archived<"), "marked as archived");
        assertEquals(List.of(other, id), listed(t.client().get("/patients?archived=true")));

        PageAssertions.assertRedirect(page, t.client().submit(page, page + "/restore", Map.of()));
        assertEquals(Boolean.FALSE, column(server, id, "archived"));
        assertTrue(t.client().get(page).contains("Archive patient"));
        assertEquals(List.of(other, id), listed(t.client().get("/patients")));

        List<String> trail = actions(audit(server, t.userId(), PatientService.AUDIT_RECORD, id));
        assertEquals(
                List.of("CHANGE", "VIEW", "CHANGE", "VIEW", "VIEW", "CHANGE", "VIEW"),
                trail,
                "created, page, archived, page, page (the form restored from), restored, page");
        assertFalse(
                actions(audit(server, t.userId(), PatientService.AUDIT_LIST, null))
                        .isEmpty(),
                "list views are audited too");
    }

    @Test
    void theListFindsPatientsByAnyPartOfTheNameOrByDateOfBirthNewestActivityFirst(GaitwayServer server) {
        Therapist t = Therapists.ofNewClinic(server, "search");
        WebClient c = t.client();
        long zoe = register(c, "Zoë", "Núñez", "1950-03-01");
        long sean = register(c, "Seán", "O'Brien", "1950-03-01");
        long mary = register(c, "Mary", "Smith-Jones", "1972-11-30");
        long ana = register(c, "Ana", "Lopez", "1961-07-14");

        assertEquals(List.of(ana, mary, sean, zoe), listed(c.get("/patients")), "most recent activity first");
        assertEquals(4, PatientSite.count(c.get("/patients")));
        assertEquals(List.of(zoe), listed(c.get("/patients?q=NUNEZ")), "accents and case ignored");
        assertEquals(List.of(zoe), listed(c.get("/patients?q=" + enc("zoë nú"))), "parts of both names");
        assertEquals(List.of(zoe), listed(c.get("/patients?q=" + enc("nunez zoe"))), "either order");
        assertEquals(List.of(sean), listed(c.get("/patients?q=obrien")));
        assertEquals(List.of(sean), listed(c.get("/patients?q=" + enc("o’brien"))), "curly apostrophe");
        assertEquals(List.of(mary), listed(c.get("/patients?q=smith+jones")));
        assertEquals(
                List.of(mary, sean),
                listed(c.get("/patients?q=r")).stream()
                        .filter(id -> id == mary || id == sean)
                        .toList());
        assertEquals(List.of(sean, zoe), listed(c.get("/patients?q=1950-03-01")), "date of birth, ISO");
        assertEquals(List.of(sean, zoe), listed(c.get("/patients?q=1.3.1950")), "date of birth, day.month.year");
        assertEquals(List.of(mary), listed(c.get("/patients?q=30.11.1972")));

        Page ambiguous = c.get("/patients?q=" + enc("01/03/1950"));
        assertEquals(200, ambiguous.status());
        assertEquals(List.of(), listed(ambiguous));
        assertTrue(ambiguous.contains(
                "is not a date we can read safely. Write a date of birth as 1950-03-01 or 1.3.1950"));
        Page none = c.get("/patients?q=nobody");
        assertEquals(List.of(), listed(none));
        assertTrue(none.contains("No patient matches “nobody”."));
        assertEquals(0, PatientSite.count(none));
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefusedAndSavesNothing(GaitwayServer server) throws SQLException {
        Therapist t = Therapists.ofNewClinic(server, "csrf");
        Page forged = t.client().post("/patients/new", formFields("Forged", "Entry", "1970-01-01"));
        assertEquals(403, forged.status());
        assertEquals(0, PatientSite.patientsOfClinic(server, t.clinicId()));
        long id = register(t.client(), "Real", "Entry", "1970-01-01");
        assertEquals(
                403, t.client().post("/patients/" + id + "/archive", Map.of()).status());
        assertEquals(Boolean.FALSE, column(server, id, "archived"));
    }

    @Test
    void theServerLogNeverNamesAPatient(GaitwayServer server) throws IOException {
        Therapist t = Therapists.ofNewClinic(server, "log");
        String family = "Lognamecheck" + UUID.randomUUID().toString().substring(0, 6);
        long id = register(t.client(), "Quentin", family, "1944-04-04");
        t.client().get("/patients/" + id);
        t.client().get("/patients/" + id + "/edit");
        t.client().get("/patients?q=" + family);
        t.client().submit("/patients/new", "/patients/new", formFields("Quentin", family, "31.02.1944"));
        String log = Files.readString(server.log());
        assertFalse(log.contains(family), "the family name is in the server log");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
