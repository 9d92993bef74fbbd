package app.gaitway.assessments;

import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageAssertions;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static app.gaitway.assessments.AssessmentSite.errorBeside;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lunge test, the special tests and the performance tests through the real form: a 72-year-old woman's results
 * are refused field by field when wrong (nothing saved), then stored as typed, and her signed record, report and
 * comparison read each performance test against the norm for a woman of her age, with the fall risk her tests show.
 */
@ExtendWith(SharedServer.class)
class ExaminationIT {

    private static Map<String, String> results() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("lunge.right.cm", "11");
        v.put("lunge.left.cm", "7.5");
        v.put("special.fadir.left", "positive");
        v.put("special.fadir.right", "negative");
        v.put("special.fadir.note", "groin pain");
        v.put("special.thomas.left", "positive");
        v.put("special.thomas.left.rectus_femoris", "true");
        v.put("special.hip_rotation_position", "prone");
        v.put("rom.hip_internal_rotation.left.active", "20");
        v.put("performance.chair_stand_30s", "9");
        v.put("performance.five_sts_seconds", "14");
        v.put("performance.tug_seconds", "13.4");
        v.put("performance.single_leg_stance.left.seconds", "6");
        v.put("performance.single_leg_stance.right.seconds", "12");
        v.put("performance.walk_10m_seconds", "11.8");
        return v;
    }

    @Test
    void theExaminationIsRefusedBesideItsFieldsThenRecordedAndReadAgainstTheNormsForHerAge(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "examination");
        WebClient client = therapist.client();
        String born = AssessmentSite.today().minusYears(72).minusMonths(3).toString();
        long patientId = Patients.register(client, Patients.formFields("Edith", "Examined", born));
        long id = AssessmentSite.start(client, patientId);
        Page form = AssessmentSite.page(client, id);
        for (String key : Set.of("lunge.left.cm", "special.thomas.left", "special.thomas.left.iliopsoas")) {
            AssessmentSite.control(form, key);
        }
        AssessmentSite.control(form, "performance.tug_seconds");

        AssessmentSite.Stored before = AssessmentSite.stored(server, id);
        Map<String, String> wrong = new LinkedHashMap<>(results());
        wrong.put("performance.tug_seconds", "quick");
        wrong.put("lunge.right.cm", "40");
        wrong.put("special.thomas.right.iliopsoas", "true"); // a short tissue on a side not tested
        Page refused = AssessmentSite.save(client, id, wrong, "save");
        assertEquals(400, refused.status(), refused.body());
        PageAssertions.assertNoInternals(refused);
        assertEquals(
                Set.of("performance.tug_seconds", "lunge.right.cm", "special.thomas.right"),
                AssessmentSite.errorSummary(refused).keySet());
        assertAll(
                "each message beside its field",
                () -> assertEquals("Enter a number from 2 to 300.", errorBeside(refused, "performance.tug_seconds")),
                () -> assertEquals("Enter a number from 0 to 25.", errorBeside(refused, "lunge.right.cm")),
                () -> assertEquals(
                        "Tick a short tissue only when the Thomas test is positive on that side",
                        errorBeside(refused, "special.thomas.right")));
        assertEquals(before, AssessmentSite.stored(server, id), "nothing saved");

        Page signed = AssessmentSite.save(client, id, results(), "finalize");
        assertEquals(303, signed.status(), signed.body());
        assertEquals(303, AssessmentSite.confirmFinalize(client, id).status());
        Map<String, String> stored = AssessmentSite.stored(server, id).values();
        results().forEach((k, v) -> assertEquals(v, stored.get(k), "stored as typed: " + k));

        Page record = AssessmentSite.page(client, id);
        String body = WebClient.unescape(record.body());
        assertAll(
                "the record reads each test against her norms",
                () -> assertTrue(
                        body.contains("Risk of falling: 30-second chair stand (9 stands); Timed Up and Go (13.4 s)"),
                        "one fall-risk finding"),
                () -> assertTrue(body.contains("norm for women aged 70\u201374: 10\u201315 stands")),
                () -> assertTrue(body.contains("12 s or more: a fall risk (CDC STEADI)")),
                () -> assertTrue(body.contains("11.8 s, 0.85 m/s")),
                () -> assertTrue(body.contains("Weight-bearing lunge: right 11 cm, left 7.5 cm")),
                () -> assertTrue(body.contains("FADIR test positive (left): groin pain")),
                () -> assertTrue(body.contains("Thomas test positive (left): short rectus femoris")),
                () -> assertTrue(body.contains("Lying prone (hip straight)")));

        Page report = client.get(AssessmentSite.path(id) + "/report");
        assertEquals(200, report.status());
        assertTrue(WebClient.unescape(report.body()).contains("average at 70\u201379 years: 9.2 s"), "the report too");

        Page comparison = client.get("/patients/" + patientId + "/assessments/comparison");
        assertEquals(200, comparison.status());
        String compared = WebClient.unescape(comparison.body());
        assertTrue(compared.contains("Timed Up and Go (s)"), "a numeric row per test");
        assertTrue(compared.contains("Gait speed over 10 m (m/s)"));
        assertTrue(compared.contains("0.85"), "speed to the hundredth");
    }
}
