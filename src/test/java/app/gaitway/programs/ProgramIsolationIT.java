package app.gaitway.programs;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.programs.ProgramSite.StoredItem;
import app.gaitway.programs.ProgramSite.StoredProgram;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.TestAccounts;
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

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static app.gaitway.programs.ProgramSite.NO_SUCH_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clinics are walled off: for a therapist of another clinic, every address of a clinic's program (its page, a
 * version, the builder for its next version, saving it, ending it, saving it as a template), the builder for the
 * clinic's patient, the clinic's own templates and its own exercises answer exactly like an id that does not exist,
 * change nothing and reveal nothing.
 */
@ExtendWith(SharedServer.class)
class ProgramIsolationIT {

    private static final String SECRET_TITLE = "Secret program of clinic A";
    private static final String SECRET_TEMPLATE = "Secret template of clinic A";

    @Test
    void anotherClinicsProgramsPatientsAndTemplatesAreNotFoundAndStayUnchanged(GaitwayServer server)
            throws SQLException {
        Therapist clinicA = Therapists.ofNewClinic(server, "program-isolation-a");
        long patientA = Patients.register(clinicA.client(), "Isolde", "Programwall");
        long clamshell = ExerciseSite.builtInId(clinicA.client(), "Clamshell");
        long programA = ProgramSite.create(
                clinicA.client(),
                patientA,
                SECRET_TITLE,
                List.of(ProgramSite.item(clamshell, "note", "Secret note of clinic A")));
        assertEquals(
                303,
                ProgramSite.saveAsTemplate(clinicA.client(), programA, SECRET_TEMPLATE, "")
                        .status());
        long templateA = ProgramSite.templateId(server, clinicA.clinicId(), SECRET_TEMPLATE);
        StoredProgram before = ProgramSite.stored(server, programA);
        List<StoredItem> itemsBefore = ProgramSite.storedItems(server, programA, 1);

        Therapist clinicB = Therapists.ofNewClinic(server, "program-isolation-b");
        WebClient b = clinicB.client();
        long userB = TestAccounts.idOf(server, clinicB.email());
        long patientB = Patients.register(b, "Bert", "Otherclinic");

        // GET
        for (String pattern : List.of("/programs/%d", "/programs/%d/versions/1", "/programs/%d/edit")) {
            sameAsMissing(b.get(pattern.formatted(programA)), b.get(pattern.formatted(NO_SUCH_ID)), "GET " + pattern);
        }
        sameAsMissing(
                b.get(ProgramSite.newProgramPath(patientA)),
                b.get(ProgramSite.newProgramPath(NO_SUCH_ID)),
                "GET the builder for clinic A's patient");
        sameAsMissing(
                b.get(ProgramSite.newProgramPath(patientB) + "?template=" + templateA),
                b.get(ProgramSite.newProgramPath(patientB) + "?template=" + NO_SUCH_ID),
                "GET B's builder from clinic A's template");

        // POST, each with a valid token of B's own session and a complete, valid builder
        Form builderOfB = ProgramSite.builderForm(
                ProgramSite.add(b, ProgramSite.builderForm(ProgramSite.openBuilder(b, patientB)), clamshell));
        builderOfB
                .set("title", "Overwritten by clinic B")
                .set("clinicPhone", ProgramSite.PHONE)
                .set("baseVersion", String.valueOf(before.rowVersion()))
                .remove("action")
                .add("action", "save");
        sameAsMissing(
                b.post(ProgramSite.editPath(programA), builderOfB.fields()),
                b.post(ProgramSite.editPath(NO_SUCH_ID), builderOfB.fields()),
                "POST save a version of A's program");
        sameAsMissing(
                b.post(ProgramSite.newProgramPath(patientA), builderOfB.fields()),
                b.post(ProgramSite.newProgramPath(NO_SUCH_ID), builderOfB.fields()),
                "POST a new program for A's patient");
        String token = builderOfB.get("_csrf");
        Map<String, String> end = Map.of(
                "_csrf",
                token,
                "version",
                String.valueOf(before.rowVersion()),
                "endedOn",
                AssessmentSite.today().toString(),
                "reason",
                "Ended by clinic B");
        sameAsMissing(
                b.post(ProgramSite.path(programA) + "/end", end),
                b.post(ProgramSite.path(NO_SUCH_ID) + "/end", end),
                "POST end A's program");
        Map<String, String> template =
                Map.of("_csrf", token, "templateTitle", "Copied by clinic B", "templateDescription", "");
        sameAsMissing(
                b.post(ProgramSite.path(programA) + "/template", template),
                b.post(ProgramSite.path(NO_SUCH_ID) + "/template", template),
                "POST save A's program as B's template");
        for (String action : List.of("archive", "restore")) {
            sameAsMissing(
                    b.post("/program-templates/" + templateA + "/" + action, Map.of("_csrf", token)),
                    b.post("/program-templates/" + NO_SUCH_ID + "/" + action, Map.of("_csrf", token)),
                    "POST " + action + " A's template");
        }

        // nothing of clinic A changed, nothing of it was made for B
        assertEquals(before, ProgramSite.stored(server, programA), "A's program row is unchanged (not ended either)");
        assertEquals(1, ProgramSite.versions(server, programA), "no version saved by B");
        assertEquals(itemsBefore, ProgramSite.storedItems(server, programA, 1));
        assertEquals(1, ProgramSite.programsOf(server, patientA), "no program made for A's patient");
        assertEquals(0, ProgramSite.programsOf(server, patientB), "nor for B's own");
        assertEquals(0, ProgramSite.templatesOf(server, clinicB.clinicId()), "no template copied to B");
        assertFalse(ProgramSite.templatesPage(b).contains(SECRET_TEMPLATE), "B's template list does not show A's");
        assertTrue(
                ProgramSite.usableTemplates(ProgramSite.templatesPage(clinicA.client()))
                        .contains(SECRET_TEMPLATE),
                "A's template is still usable, not archived by B");
        assertTrue(
                ProgramSite.audit(server, programA).stream()
                        .noneMatch(
                                line -> Long.valueOf(userB).equals(line.userId()) && "SUCCESS".equals(line.outcome())),
                "nothing of A's program was viewed or changed by B: " + ProgramSite.audit(server, programA));

        // clinic A still sees all of it
        Page page = ProgramSite.page(clinicA.client(), programA);
        assertEquals(SECRET_TITLE, page.heading());
        assertEquals("Active", ProgramSite.status(page));
    }

    @Test
    void anotherClinicsOwnExerciseCannotBeAddedToAProgram(GaitwayServer server) {
        Therapist clinicA = Therapists.ofNewClinic(server, "exercise-wall-a");
        String secretName = ExerciseSite.uniqueName("Secret clam of A");
        long ownOfA = ExerciseSite.duplicate(
                clinicA.client(), ExerciseSite.builtInId(clinicA.client(), "Clamshell"), secretName);

        Therapist clinicB = Therapists.ofNewClinic(server, "exercise-wall-b");
        WebClient b = clinicB.client();
        long patientB = Patients.register(b, "Bruno", "Builder");
        Form builder = ProgramSite.builderForm(ProgramSite.openBuilder(b, patientB));

        Page searched = ProgramSite.press(b, builder, Map.of("q", secretName), "search");
        assertEquals(200, searched.status());
        assertEquals(Map.of(), ProgramSite.searchResults(searched), "B's library search does not find A's exercise");

        Page added = ProgramSite.press(b, ProgramSite.builderForm(searched), "add-" + ownOfA);
        assertEquals(200, added.status(), added.body());
        assertEquals("That exercise is not in your library.", ProgramSite.notice(added));
        assertEquals(List.of(), ProgramSite.exerciseIds(ProgramSite.builderForm(added)), "nothing was added");
        assertEquals(List.of(), ProgramSite.builderItemNames(added));

        // a forged item naming A's exercise is refused when saving
        Form forged = ProgramSite.builderForm(added);
        forged.set("q", "")
                .set("clinicPhone", ProgramSite.PHONE)
                .set(ProgramSite.field(0, "exerciseId"), String.valueOf(ownOfA))
                .set(ProgramSite.field(0, "sets"), "3")
                .set(ProgramSite.field(0, "reps"), "10")
                .set(ProgramSite.field(0, "side"), "each_side")
                .set(ProgramSite.field(0, "timesPerDay"), "1")
                .set(ProgramSite.field(0, "daysPerWeek"), "3")
                .set(ProgramSite.field(0, "loadType"), "none");
        Page refused = ProgramSite.press(b, forged, "save");
        assertEquals(400, refused.status(), refused.body());
        assertEquals(
                "An exercise in this program is no longer in your library. Remove it and save again.",
                AssessmentSite.errorBeside(refused, "items"));
        assertFalse(refused.contains(secretName), "the refusal does not name A's exercise");
        assertEquals(0, ProgramSite.programsOf(server, patientB));
    }

    /** The foreign answer is a 404 page like the one for a missing id, and shows nothing of clinic A. */
    private static void sameAsMissing(Page foreign, Page missing, String what) {
        assertEquals(404, missing.status(), what + " (the missing id):\n" + missing.body());
        assertEquals(404, foreign.status(), what + ":\n" + foreign.body());
        assertEquals(missing.heading(), foreign.heading(), what);
        String expected = AssessmentSite.withoutToken(missing.body());
        String actual = AssessmentSite.withoutToken(foreign.body());
        int at = 0;
        while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 200);
        assertEquals(
                expected.substring(from, Math.min(expected.length(), at + 200)),
                actual.substring(from, Math.min(actual.length(), at + 200)),
                what + ": the same page as for a missing id");
        for (String secret : List.of(SECRET_TITLE, SECRET_TEMPLATE, "Secret note", "Isolde", "Programwall")) {
            assertFalse(foreign.contains(secret), what + " shows " + secret);
        }
        PageAssertions.assertNoInternals(foreign);
    }
}
