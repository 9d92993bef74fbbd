package app.gaitway.programs;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.programs.ProgramSite.HistoryEntry;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static app.gaitway.programs.ProgramSite.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Programs start from templates: every clinic has the four starter templates shipped with Gaitway, and a program
 * saved as a clinic template is offered to everyone of that clinic (and nobody else) until it is archived.
 */
@ExtendWith(SharedServer.class)
class ProgramTemplatesIT {

    private static final List<String> STARTERS = List.of(
            "Knee pain \u2014 hip strength, phase 1",
            "Knee pain \u2014 hip strength, phase 2",
            "Low-back pain \u2014 glute strength",
            "Stiff hips from sitting \u2014 mobility");

    @Test
    void theFourStarterTemplatesAreListedAndOneFillsTheBuilderWithItsExercises(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "starters");
        long patientId = Patients.register(therapist.client(), "Stella", "Starter");

        Page list = ProgramSite.templatesPage(therapist.client());
        assertEquals(
                STARTERS, ProgramSite.usableTemplates(list), "a new clinic has the four starters and nothing else");
        assertFalse(list.contains("/archive\""), "starter templates cannot be archived");
        Page blank = ProgramSite.openBuilder(therapist.client(), patientId);
        Map<String, Long> offered = ProgramSite.builderTemplates(blank);
        assertEquals(STARTERS, List.copyOf(offered.keySet()), "the builder offers the same four");
        assertEquals(List.of(), ProgramSite.builderItemNames(blank), "a blank builder has no exercises");

        Page fromTemplate = ProgramSite.openBuilder(therapist.client(), patientId, offered.get(STARTERS.get(0)));
        assertEquals(
                "Started from the template \u201c" + STARTERS.get(0) + "\u201d. Change anything you need, then save.",
                ProgramSite.notice(fromTemplate));
        assertEquals(
                List.of("Clamshell", "Side-lying hip abduction", "Hip bridge", "Single-leg balance"),
                ProgramSite.builderItemNames(fromTemplate));
        Form form = ProgramSite.builderForm(fromTemplate);
        assertEquals(STARTERS.get(0), form.get("title"));
        assertTrue(
                form.get("instructions")
                        .startsWith("These exercises make the muscles on the side and back of your hip stronger."),
                form.get("instructions"));
        assertEquals("3", form.get(field(0, "sets")));
        assertEquals("10-15", form.get(field(0, "reps")));
        assertEquals("each_side", form.get(field(0, "side")));
        assertEquals("Keep your feet together and your hips still.", form.get(field(0, "note")));
        assertEquals(
                null, form.get(field(0, "revision")), "items from a template are new: the library's current revision");

        Page saved = ProgramSite.press(therapist.client(), form, Map.of("clinicPhone", ProgramSite.PHONE), "save");
        long id = ProgramSite.idOf(saved);
        Page program = ProgramSite.page(therapist.client(), id);
        assertEquals(STARTERS.get(0), program.heading());
        assertEquals(
                List.of("Clamshell", "Side-lying hip abduction", "Hip bridge", "Single-leg balance"),
                ProgramSite.itemNames(program));
        assertEquals(
                List.of(new HistoryEntry(
                        1, ProgramSite.history(program).get(0).saved(), "First version: 4 exercises.")),
                ProgramSite.history(program));
    }

    @Test
    void aProgramSavedAsATemplateIsOfferedToTheClinicOnlyUntilArchived(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "own-template");
        Therapist colleague = Therapists.colleagueOf(server, therapist, "own-template-colleague");
        Therapist otherClinic = Therapists.ofNewClinic(server, "own-template-other");
        long patientId = Patients.register(therapist.client(), "Tamsin", "Template");
        long clamshell = ExerciseSite.builtInId(therapist.client(), "Clamshell");
        long bridge = ExerciseSite.builtInId(therapist.client(), "Hip bridge");
        long program = ProgramSite.create(
                therapist.client(),
                patientId,
                "Runner's knee, week 1",
                List.of(
                        ProgramSite.item(bridge, "sets", "2", "note", "Hold two seconds at the top."),
                        ProgramSite.item(clamshell)));

        Page missingTitle = ProgramSite.saveAsTemplate(therapist.client(), program, "", "For runners");
        assertEquals(400, missingTitle.status(), missingTitle.body());
        assertEquals("Give the template a name.", AssessmentSite.errorBeside(missingTitle, "templateTitle"));
        assertEquals(
                "For runners",
                missingTitle.form(ProgramSite.path(program) + "/template").get("templateDescription"));
        assertEquals(0, ProgramSite.templatesOf(server, therapist.clinicId()));

        String title = ExerciseSite.uniqueName("Runners' knee");
        Page saved = ProgramSite.saveAsTemplate(therapist.client(), program, title, "For runners");
        assertEquals(ProgramSite.path(program), saved.location());
        assertEquals(
                "Saved as the clinic template \u201c" + title + "\u201d.",
                ProgramSite.flashAfter(therapist.client(), saved));
        long templateId = ProgramSite.templateId(server, therapist.clinicId(), title);

        // a colleague of the same clinic sees it and starts from it; another clinic does not
        assertTrue(ProgramSite.usableTemplates(ProgramSite.templatesPage(colleague.client()))
                .contains(title));
        long colleaguesPatient = Patients.register(colleague.client(), "Colin", "Colleague");
        Page colleaguesBuilder = ProgramSite.openBuilder(colleague.client(), colleaguesPatient);
        assertEquals(templateId, ProgramSite.builderTemplates(colleaguesBuilder).get(title));
        Page started = ProgramSite.openBuilder(colleague.client(), colleaguesPatient, templateId);
        assertEquals(List.of("Hip bridge", "Clamshell"), ProgramSite.builderItemNames(started));
        Form form = ProgramSite.builderForm(started);
        assertEquals(title, form.get("title"));
        assertEquals("2", form.get(field(0, "sets")), "the dosage as the program gave it");
        assertEquals("Hold two seconds at the top.", form.get(field(0, "note")));

        assertFalse(ProgramSite.usableTemplates(ProgramSite.templatesPage(otherClinic.client()))
                .contains(title));
        long othersPatient = Patients.register(otherClinic.client(), "Otto", "Other");
        assertFalse(ProgramSite.builderTemplates(ProgramSite.openBuilder(otherClinic.client(), othersPatient))
                .containsKey(title));
        assertEquals(
                404,
                otherClinic
                        .client()
                        .get(ProgramSite.newProgramPath(othersPatient) + "?template=" + templateId)
                        .status());

        // archived: no longer offered, listed to restore
        Page archived = ProgramSite.archiveTemplate(colleague.client(), templateId, true);
        assertEquals("/program-templates", archived.location());
        assertEquals("Template archived.", ProgramSite.flashAfter(colleague.client(), archived));
        Page list = ProgramSite.templatesPage(therapist.client());
        assertFalse(ProgramSite.usableTemplates(list).contains(title));
        assertEquals(List.of(title), ProgramSite.archivedTemplates(list));
        assertFalse(ProgramSite.builderTemplates(ProgramSite.openBuilder(therapist.client(), patientId))
                .containsKey(title));
        assertEquals(STARTERS, ProgramSite.usableTemplates(list), "the starters stay");

        // restored: offered again
        Page restored = ProgramSite.archiveTemplate(therapist.client(), templateId, false);
        assertEquals("Template restored.", ProgramSite.flashAfter(therapist.client(), restored));
        list = ProgramSite.templatesPage(colleague.client());
        assertTrue(ProgramSite.usableTemplates(list).contains(title));
        assertEquals(List.of(), ProgramSite.archivedTemplates(list));
        assertTrue(ProgramSite.builderTemplates(ProgramSite.openBuilder(colleague.client(), colleaguesPatient))
                .containsKey(title));
    }

    @Test
    void aStarterTemplateCannotBeArchived(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "starter-archive");
        long patientId = Patients.register(therapist.client(), "Sam", "Starter");
        long starter = ProgramSite.builderTemplates(ProgramSite.openBuilder(therapist.client(), patientId))
                .get(STARTERS.get(1));
        assertEquals(
                404,
                ProgramSite.archiveTemplate(therapist.client(), starter, true).status());
        assertEquals(STARTERS, ProgramSite.usableTemplates(ProgramSite.templatesPage(therapist.client())));
        Therapist other = Therapists.ofNewClinic(server, "starter-archive-other");
        assertEquals(
                STARTERS,
                ProgramSite.usableTemplates(ProgramSite.templatesPage(other.client())),
                "every clinic still has it");
    }
}
