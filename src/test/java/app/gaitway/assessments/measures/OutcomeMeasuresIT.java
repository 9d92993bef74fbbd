package app.gaitway.assessments.measures;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.Map;

import static app.gaitway.assessments.AssessmentSite.errorBeside;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Anterior Knee Pain Scale and the PSFS through the real form: chosen for the patient, refused beside the field
 * with the rest kept, scored on the record, the activities carried to the follow-up, and the change marked on the
 * comparison when it reaches the minimal clinically important difference.
 */
@ExtendWith(SharedServer.class)
class OutcomeMeasuresIT {

    /** Every AKPS item answered (b): 72/100 (see AkpsScoreTest). */
    private static Map<String, String> akpsAllB() {
        String[] b = {"3", "3", "3", "8", "4", "8", "7", "8", "8", "8", "6", "3", "3"};
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < b.length; i++) {
            v.put("akps.item" + (i + 1), b[i]);
        }
        return v;
    }

    @Test
    void aTherapistRecordsTheAkpsAndPsfsAndSeesTheirScoresAndChange(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "measures");
        WebClient client = therapist.client();
        Map<String, String> hip = Patients.formFields("Rita", "Runner", "1990-04-02");
        hip.put("referralReason", "Hip pain when walking");
        hip.put("icd10Code", "M16.1");
        long patientId = Patients.register(client, hip);
        long first = AssessmentSite.start(client, patientId);

        Page form = AssessmentSite.page(client, first);
        assertTrue(form.contains("name=\"psfs.activity1\""), "the PSFS is suggested for every lower-limb problem");
        assertFalse(form.contains("name=\"akps.item1\""), "the AKPS is not, for hip pain");

        String choice = "/patients/" + patientId + "/measures";
        Form measures = client.get(choice + "?assessment=" + first).form(choice);
        Page chosen = client.submit(measures.add("measure", "akps"));
        assertEquals(303, chosen.status(), chosen.body());
        assertEquals("/assessments/" + first, chosen.location());
        assertTrue(AssessmentSite.page(client, first).contains("name=\"akps.item1\""), "chosen: the AKPS shows");

        Map<String, String> typed = new LinkedHashMap<>(akpsAllB());
        typed.put("psfs.activity1", "Going down stairs");
        typed.put("psfs.rating1", "3");
        typed.put("psfs.activity2", "Running 5 km");
        typed.put("psfs.rating2", "11");
        typed.put("psfs.rating3", "4");
        Page refused = AssessmentSite.save(client, first, typed, "save");
        assertEquals(400, refused.status());
        assertEquals("Enter a number from 0 to 10.", errorBeside(refused, "psfs.rating2"));
        assertEquals("Name the activity this score is for, or clear the score", errorBeside(refused, "psfs.rating3"));
        Form kept = AssessmentSite.draftForm(refused, first);
        assertEquals("8", kept.get("akps.item4"), "the answers given stay chosen");
        assertEquals("Running 5 km", kept.get("psfs.activity2"));
        assertEquals("11", kept.get("psfs.rating2"), "the wrong value comes back to be corrected");

        typed.put("psfs.rating2", "5");
        typed.put("psfs.activity3", "Squatting");
        Page saved = AssessmentSite.save(client, first, typed, "save");
        assertEquals(303, saved.status(), saved.body());
        Page record = AssessmentSite.page(client, first);
        assertTrue(record.contains("72/100"), "the AKPS total on the form");
        assertTrue(record.contains("4/10 (mean of 3 activities)"), "the PSFS mean on the form");
        Page report = client.get("/assessments/" + first + "/report");
        assertEquals(200, report.status());
        assertTrue(report.contains("Anterior Knee Pain Scale (Kujala)") && report.contains("72/100"), "in the report");

        long second = AssessmentSite.start(client, patientId);
        Form followUp = AssessmentSite.draftForm(client, second);
        assertEquals("Going down stairs", followUp.get("psfs.activity1"), "the same activities, to score again");
        assertEquals("", followUp.get("psfs.rating1"), "their scores start blank");
        Map<String, String> better = new LinkedHashMap<>(akpsAllB());
        better.put("akps.item1", "5");
        better.put("akps.item2", "5");
        better.put("akps.item3", "5");
        better.put("akps.item4", "10");
        better.put("akps.item6", "10"); // 72 + 2 + 2 + 2 + 2 + 2 = 82
        better.put("psfs.rating1", "6");
        better.put("psfs.rating2", "6");
        better.put("psfs.rating3", "6");
        assertEquals(303, AssessmentSite.save(client, second, better, "save").status());

        Page comparison = client.get("/patients/" + patientId + "/assessments/comparison");
        assertEquals(200, comparison.status());
        assertTrue(comparison.contains("AKPS total (0\u2013100)"), comparison.body());
        assertTrue(comparison.contains("+10 (clinically important improvement)"), "AKPS up 10: its MCID");
        assertTrue(comparison.contains("+2 (clinically important improvement)"), "PSFS mean up 2: its MCID");
        assertTrue(comparison.contains("PSFS"), "the PSFS chart");
    }
}
