package app.gaitway.programs;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.programs.ProgramSite.AuditLine;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.TestAccounts;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static app.gaitway.programs.ProgramSite.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Who looked at a patient's program and who changed it is in the audit trail, entry by entry, under record type
 * "program"; neither the trail nor the server log ever names the patient.
 */
@ExtendWith(SharedServer.class)
class ProgramAuditIT {

    @Test
    void viewingAndChangingAProgramIsAuditedAndNothingNamesThePatient(GaitwayServer server)
            throws SQLException, IOException {
        Therapist therapist = Therapists.ofNewClinic(server, "program-audit");
        long userId = TestAccounts.idOf(server, therapist.email());
        String given = "Audra" + UUID.randomUUID().toString().substring(0, 6);
        String family = "Auditnamecheck" + UUID.randomUUID().toString().substring(0, 6);
        long patientId = Patients.register(therapist.client(), given, family);
        long clamshell = ExerciseSite.builtInId(therapist.client(), "Clamshell");

        long id = ProgramSite.create(
                therapist.client(), patientId, "Audited program", List.of(ProgramSite.item(clamshell)));
        List<String> expected = new ArrayList<>(List.of("CHANGE/SUCCESS"));
        assertEquals(expected, actions(server, id), "creating it");

        ProgramSite.page(therapist.client(), id);
        expected.add("VIEW/SUCCESS");
        assertEquals(expected, actions(server, id), "its page");
        ProgramSite.version(therapist.client(), id, 1);
        expected.add("VIEW/SUCCESS");
        assertEquals(expected, actions(server, id), "a version's page");

        Form builder = ProgramSite.builderForm(ProgramSite.openEdit(therapist.client(), id));
        int afterOpening = actions(server, id).size();
        Page refused = ProgramSite.press(therapist.client(), builder, Map.of(field(0, "sets"), "0"), "save");
        assertEquals(400, refused.status());
        Page saved = ProgramSite.press(
                therapist.client(), ProgramSite.builderForm(refused), Map.of(field(0, "sets"), "4"), "save");
        assertEquals(303, saved.status(), saved.body());
        List<String> now = actions(server, id);
        assertEquals("CHANGE/SUCCESS", now.get(now.size() - 1), "saving a new version: " + now);
        assertEquals(afterOpening + 1, now.size(), "one entry for the new version, none for the refused save: " + now);

        Page unchanged = ProgramSite.saveNextVersion(therapist.client(), id, Map.of());
        assertEquals(303, unchanged.status());
        int beforeEnding = actions(server, id).size();
        Form end = ProgramSite.page(therapist.client(), id)
                .form(ProgramSite.path(id) + "/end")
                .set("reason", "Goals met");
        assertEquals(303, therapist.client().submit(end).status());
        now = actions(server, id);
        assertEquals(
                List.of("VIEW/SUCCESS", "CHANGE/SUCCESS"),
                now.subList(beforeEnding, now.size()),
                "viewing, then ending it");

        for (AuditLine line : ProgramSite.audit(server, id)) {
            assertEquals(Long.valueOf(userId), line.userId(), "every entry names who did it: " + line);
        }
        for (String name : List.of(given, family)) {
            assertEquals(
                    0,
                    AssessmentSite.count(
                            server,
                            "SELECT COUNT(*) FROM audit_entry WHERE user_id = ? AND ("
                                    + "LOWER(COALESCE(detail, '')) LIKE '%" + name.toLowerCase(Locale.ROOT)
                                    + "%' OR LOWER(COALESCE(record_id, ''))"
                                    + " LIKE '%" + name.toLowerCase(Locale.ROOT) + "%')",
                            userId),
                    "the audit trail names the patient: " + name);
            assertFalse(Files.readString(server.log()).contains(name), "the server log names the patient: " + name);
        }
    }

    @Test
    void openingTheBuilderOfAProgramsNextVersionIsAuditedAsAView(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "program-audit-builder");
        long patientId = Patients.register(therapist.client(), "Bea", "Builderview");
        long id = ProgramSite.create(
                therapist.client(),
                patientId,
                "Viewed in the builder",
                List.of(ProgramSite.item(ExerciseSite.builtInId(therapist.client(), "Clamshell"))));
        List<String> before = actions(server, id);

        Page builder = ProgramSite.openEdit(therapist.client(), id);
        assertEquals(
                List.of("Clamshell"), ProgramSite.builderItemNames(builder), "the builder shows the whole program");
        List<String> after = actions(server, id);
        assertEquals(
                before.size() + 1, after.size(), "opening the builder shows the program and its patient: " + after);
        assertEquals("VIEW/SUCCESS", after.get(after.size() - 1));
    }

    private static List<String> actions(GaitwayServer server, long programId) {
        return ProgramSite.audit(server, programId).stream()
                .map(line -> line.action() + "/" + line.outcome())
                .toList();
    }
}
