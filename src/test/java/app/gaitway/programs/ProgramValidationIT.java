package app.gaitway.programs;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageAssertions;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.gaitway.programs.ProgramSite.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A builder with mistakes is not saved: it comes back (400) with each problem beside its field and listed at the
 * top, and with everything typed still there (the wrong values to correct, and all the right ones), so the
 * therapist fixes what is wrong and saves without typing anything twice.
 */
@ExtendWith(SharedServer.class)
class ProgramValidationIT {

    @Test
    void mistakesAreShownBesideTheirFieldsWithEverythingTypedKeptAndNothingSaved(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "program-validation");
        long patientId = Patients.register(therapist.client(), "Valerie", "Validation");
        Form builder = ProgramSite.builderForm(ProgramSite.openBuilder(therapist.client(), patientId));
        for (String name : List.of("Clamshell", "Hip bridge", "Single-leg balance")) {
            builder = ProgramSite.builderForm(
                    ProgramSite.add(therapist.client(), builder, ExerciseSite.builtInId(therapist.client(), name)));
        }
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("title", "Knee pain: typed title");
        typed.put("instructions", "Typed instructions.\nSecond line.");
        typed.put("reviewDate", AssessmentSite.today().plusWeeks(6).toString());
        typed.put("clinicPhone", "");
        typed.put(field(0, "sets"), "0");
        typed.put(field(0, "daysPerWeek"), "three");
        typed.put(field(0, "note"), "Feet together.");
        typed.put(field(1, "reps"), "50-10");
        typed.put(field(1, "note"), "Squeeze at the top.");
        typed.put(field(2, "hold"), "-5");
        typed.put(field(2, "side"), "right_only");
        Form sent = builder;
        Page refused = ProgramSite.press(therapist.client(), sent, typed, "save");

        assertEquals(400, refused.status(), refused.body());
        PageAssertions.assertNoInternals(refused);
        PageAssertions.assertInLayout(refused);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(field(0, "sets"), "Sets: type a whole number from 1 to 10.");
        expected.put(field(0, "daysPerWeek"), "Days a week must be a whole number, like 5.");
        expected.put(field(1, "reps"), "Repetitions: put the smaller number first, like 10-15.");
        expected.put(field(2, "hold"), "Hold: type a number of seconds from 1 to 600, or leave it empty.");
        expected.put("clinicPhone", "Enter the phone number patients call with questions.");
        expected.forEach((name, message) -> {
            assertEquals(message, AssessmentSite.errorBeside(refused, name), "the message beside " + name);
            assertTrue(
                    AssessmentSite.linkedToItsMessage(refused, name),
                    name + " is marked invalid and points at its message");
        });
        assertEquals(
                expected.keySet(),
                AssessmentSite.errorSummary(refused).keySet(),
                "each problem is listed at the top, once");
        assertEquals("There are 5 problems to fix before saving.", ProgramSite.notice(refused));
        for (String fine :
                List.of("title", "startDate", "reviewDate", field(0, "reps"), field(1, "sets"), field(2, "sets"))) {
            assertEquals(null, AssessmentSite.errorBeside(refused, fine), "no message beside " + fine);
        }

        Form shown = ProgramSite.builderForm(refused);
        typed.forEach((name, value) -> assertEquals(value, shown.get(name), "the typed value of " + name + " is kept"));
        for (Map.Entry<String, String> field : sent.fields()) {
            // the owner seal is made fresh with each page (it carries the time it was sealed), like the token
            if (!field.getKey().equals("_csrf")
                    && !field.getKey().equals("action")
                    && !field.getKey().equals("_formOwner")) {
                assertEquals(
                        sent.getAll(field.getKey()),
                        shown.getAll(field.getKey()),
                        field.getKey() + " comes back as sent");
            }
        }
        assertEquals(List.of("Clamshell", "Hip bridge", "Single-leg balance"), ProgramSite.builderItemNames(refused));
        assertTrue(
                AssessmentSite.text(refused.body()).contains("without the 3 exercises whose dosage needs fixing"),
                "the session time does not pass for the whole program while three dosages are refused");
        assertEquals(0, ProgramSite.programsOf(server, patientId), "nothing was saved");

        // corrected: saved with everything else as typed the first time
        Map<String, String> corrected = Map.of(
                field(0, "sets"),
                "2",
                field(0, "daysPerWeek"),
                "3",
                field(1, "reps"),
                "10-15",
                field(2, "hold"),
                "20",
                "clinicPhone",
                ProgramSite.PHONE);
        Page saved = ProgramSite.press(therapist.client(), shown, corrected, "save");
        long id = ProgramSite.idOf(saved);
        Page program = ProgramSite.page(therapist.client(), id);
        assertEquals("Knee pain: typed title", program.heading());
        assertTrue(
                AssessmentSite.text(program.body()).contains("Typed instructions. Second line."),
                "the instructions as typed");
        List<ProgramSite.ShownItem> items = ProgramSite.items(program);
        assertEquals("Feet together.", items.get(0).note());
        assertEquals("Squeeze at the top.", items.get(1).note());
        assertTrue(items.get(2).words().contains("20"), items.get(2).words());
        assertTrue(
                items.get(2).words().toLowerCase().contains("right"),
                items.get(2).words());
        assertEquals(1, ProgramSite.programsOf(server, patientId));
    }

    @Test
    void aMistakeInTheNextVersionKeepsTheTypingAndMakesNoVersion(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "program-validation-edit");
        long patientId = Patients.register(therapist.client(), "Edith", "Edited");
        long id = ProgramSite.create(
                therapist.client(),
                patientId,
                "Phase 1",
                List.of(ProgramSite.item(ExerciseSite.builtInId(therapist.client(), "Clamshell"))));

        Map<String, String> typed = Map.of(
                "title",
                "Phase 2",
                field(0, "sets"),
                "11",
                field(0, "effort"),
                "12",
                field(0, "note"),
                "Typed note",
                "clinicPhone",
                "call us");
        Page refused = ProgramSite.press(
                therapist.client(),
                ProgramSite.builderForm(ProgramSite.openEdit(therapist.client(), id)),
                typed,
                "save");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("Sets: type a whole number from 1 to 10.", AssessmentSite.errorBeside(refused, field(0, "sets")));
        assertEquals(
                "Effort: type a number from 1 to 10, or a range like 7-8.",
                AssessmentSite.errorBeside(refused, field(0, "effort")));
        assertEquals(
                "Enter a phone number using digits, spaces, + ( ) - and an optional extension.",
                AssessmentSite.errorBeside(refused, "clinicPhone"));
        Form shown = ProgramSite.builderForm(refused);
        typed.forEach((name, value) -> assertEquals(value, shown.get(name), "the typed value of " + name + " is kept"));
        assertEquals(
                ProgramSite.editPath(id), shown.action(), "the builder still saves the next version of this program");
        assertEquals(1, ProgramSite.versions(server, id), "no version was made");
        assertEquals("Phase 1", ProgramSite.page(therapist.client(), id).heading());
    }
}
