package app.gaitway.assessments;

import app.gaitway.assessments.AssessmentSite.Stored;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageAssertions;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static app.gaitway.assessments.AssessmentSite.errorBeside;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The assessment form refuses what is out of range, field by field, the way a therapist meets it: the answer is
 * 400, the message stands beside the wrong field (and in the summary at the top), every other value typed comes
 * back in the form, and NOTHING is saved: the assessment's stored values, visit date and version are exactly what
 * they were (read from table assessment and by reloading the draft). A valid save then stores the values in
 * their normal form ("3 +" becomes "3+").
 */
@ExtendWith(SharedServer.class)
class AssessmentValidationIT {

    private static final String PAIN_RANGE = "Enter a number from 0 to 10.";
    private static final String GRADE =
            "Enter a grade from 0 to 5, with + or \u2212 if needed (for example 4+ or 3\u2212).";

    private static Therapist therapist;
    private static long patientId;

    @BeforeAll
    static void aTherapistWithAPatient(GaitwayServer server) {
        therapist = Therapists.ofNewClinic(server, "validation");
        patientId = Patients.register(therapist.client(), "Vera", "Validation");
    }

    /** What the draft held before the refused save: a few values saved earlier. */
    private static Map<String, String> savedBefore() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("subjective.complaint", "Knee pain on stairs");
        v.put("subjective.pain_now", "5");
        v.put("strength.hip_abductors.right.grade", "4");
        v.put("rom.hip_extension.right.active", "20");
        v.put("lefs.item1", "2");
        return v;
    }

    /** A full set of valid values across every section, as typed in the form. */
    private static Map<String, String> typedValid() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("subjective.complaint", "Pain below the kneecap <on stairs> & when squatting");
        v.put("subjective.pain_location", "Right knee, front");
        v.put("subjective.pain_now", "4");
        v.put("subjective.pain_best", "1");
        v.put("subjective.pain_worst", "7");
        v.put("subjective.aggravating.stairs", "true");
        v.put("subjective.aggravating.squatting", "true");
        v.put("subjective.goals", "Walk the dog for an hour.\nRun 5 km again.");
        v.put("gait.pelvic_drop.right", "mild");
        v.put("gait.single_leg_squat.right", "fair");
        v.put("gait.step_down.right.tested", "true");
        v.put("gait.step_down.right.pelvis", "true");
        v.put("gait.step_down.right.knee", "1");
        v.put("gait.trendelenburg.right", "positive");
        v.put("strength.body_weight_kg", "72.5");
        v.put("strength.force_unit", "n");
        v.put("strength.hip_abductors.right.grade", "4-");
        v.put("strength.hip_abductors.right.force", "110");
        v.put("strength.hip_abductors.left.grade", "5");
        v.put("strength.hip_abductors.left.force", "150.5");
        v.put("strength.hip_abductors.position", "side-lying");
        v.put("rom.hip_extension.right.active", "15");
        v.put("rom.hip_extension.left.active", "25");
        v.put("rom.knee_extension.right.active", "-5");
        v.put("lefs.item1", "3");
        v.put("lefs.item2", "2");
        v.put("lefs.item13", "1");
        v.put("plan.assessment", "Weak right hip abductors.\nLoad gradually.");
        v.put("plan.plan", "Side-lying abduction, bridges.");
        return v;
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                arguments("a muscle grade of 6", "strength.hip_abductors.right.grade", "6", GRADE),
                arguments("the grade 5+, which does not exist", "strength.hip_abductors.right.grade", "5+", GRADE),
                arguments("pain 11 of 10", "subjective.pain_now", "11", PAIN_RANGE),
                arguments(
                        "a range of motion of 400\u00B0",
                        "rom.hip_extension.right.active",
                        "400",
                        "Enter a number from -30 to 60."),
                arguments(
                        "a negative force",
                        "strength.hip_abductors.right.force",
                        "-1",
                        "Enter a number from 0 to 2000."),
                arguments(
                        "letters in a whole number",
                        "subjective.pain_worst",
                        "abc",
                        "Enter a whole number from 0 to 10."),
                arguments(
                        "letters in a decimal number",
                        "strength.body_weight_kg",
                        "abc",
                        "Enter a number from 20 to 300."),
                arguments("a LEFS answer of 5", "lefs.item5", "5", "Choose one of the options."),
                arguments(
                        "a visit date in the future",
                        "visitDate",
                        AssessmentSite.today().plusDays(1).toString(),
                        "The visit date cannot be in the future or before the year 2000."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRange")
    void anOutOfRangeValueIsRefusedBesideItsFieldKeepsEverythingTypedAndSavesNothing(
            String what, String key, String bad, String message, GaitwayServer server) {
        WebClient client = therapist.client();
        long id = AssessmentSite.start(client, patientId);
        Page first = AssessmentSite.save(client, id, savedBefore(), "save");
        assertEquals(303, first.status(), first.body());
        Stored before = AssessmentSite.stored(server, id);
        Map<String, String> expected = new TreeMap<>(savedBefore());
        expected.put("strength.force_unit", "n"); // the unit's select has no empty choice: the browser always sends one
        assertEquals(expected, before.values());

        Map<String, String> typed = typedValid();
        String visitDate = AssessmentSite.today().minusDays(3).toString();
        typed.put("visitDate", visitDate);
        typed.put(key, bad);
        Page refused = AssessmentSite.save(client, id, typed, "save");

        assertEquals(400, refused.status(), what + ": " + refused.body());
        PageAssertions.assertNoInternals(refused);
        PageAssertions.assertInLayout(refused);
        assertEquals("Assessment (draft)", refused.heading(), "the draft form again");
        assertTrue(refused.contains("Nothing was saved."), "the summary says nothing was saved");
        Map<String, String> summary = AssessmentSite.errorSummary(refused);
        assertEquals(
                List.of(key), List.copyOf(summary.keySet()), "the summary links to the one wrong field: " + summary);
        assertTrue(summary.get(key).endsWith(": " + message), summary.get(key));

        Form shown = AssessmentSite.draftForm(refused, id);
        List<Executable> kept = new ArrayList<>();
        for (Map.Entry<String, String> e : typed.entrySet()) {
            if (!e.getKey().equals(key)) {
                kept.add(() -> assertEquals(e.getValue(), shown.get(e.getKey()), "typed value of " + e.getKey()));
            }
        }
        assertAll(what + ": every other typed value comes back in the form", kept);
        String control = AssessmentSite.control(refused, key);
        if (control.startsWith("<input")) {
            assertEquals(bad, shown.get(key), "the wrong value itself comes back as typed, to be corrected");
        }

        Stored after = AssessmentSite.stored(server, id);
        assertEquals(before, after, what + ": nothing saved (values, visit date, version, status)");
        Form reloaded = AssessmentSite.draftForm(client, id);
        for (Map.Entry<String, String> e : savedBefore().entrySet()) {
            assertEquals(e.getValue(), reloaded.get(e.getKey()), "the draft still holds " + e.getKey());
        }
        assertEquals(before.visitDate().toString(), reloaded.get("visitDate"));
        assertEquals("", reloaded.get("subjective.pain_location"), "nothing of the refused save");
        assertNull(reloaded.get("subjective.aggravating.stairs"), "not even a ticked box");
        assertEquals("", reloaded.get("plan.plan"));

        assertAll(
                what + ": the message stands beside the field",
                () -> assertEquals(message, errorBeside(refused, key), "message beside " + key),
                () -> assertTrue(
                        AssessmentSite.linkedToItsMessage(refused, key),
                        key + " is marked invalid and described by its message: " + control));
        assertNull(errorBeside(refused, "subjective.pain_best"), "no message beside a right field");
    }

    @Test
    void everyWrongFieldAtOnceGetsItsOwnMessageAndTheRestStays(GaitwayServer server) {
        WebClient client = therapist.client();
        long id = AssessmentSite.start(client, patientId);
        Stored before = AssessmentSite.stored(server, id);

        Map<String, String> typed = typedValid();
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("subjective.pain_now", "11");
        wrong.put("subjective.pain_worst", "abc");
        wrong.put("strength.hip_abductors.right.grade", "6");
        wrong.put("strength.hip_abductors.left.grade", "5+");
        wrong.put("strength.hip_abductors.right.force", "-1");
        wrong.put("rom.hip_flexion.right.active", "400");
        wrong.put("strength.body_weight_kg", "70.25");
        typed.putAll(wrong);
        Page refused = AssessmentSite.save(client, id, typed, "finalize");

        assertEquals(400, refused.status(), refused.body());
        Map<String, String> summary = AssessmentSite.errorSummary(refused);
        assertEquals(wrong.keySet(), new java.util.HashSet<>(summary.keySet()), "one summary line per wrong field");
        assertTrue(refused.contains("There are 7 problems"), "the summary counts the problems");
        assertAll(
                "a message beside each wrong field",
                () -> assertEquals(PAIN_RANGE, errorBeside(refused, "subjective.pain_now")),
                () -> assertEquals("Enter a whole number from 0 to 10.", errorBeside(refused, "subjective.pain_worst")),
                () -> assertEquals(GRADE, errorBeside(refused, "strength.hip_abductors.right.grade")),
                () -> assertEquals(GRADE, errorBeside(refused, "strength.hip_abductors.left.grade")),
                () -> assertEquals(
                        "Enter a number from 0 to 2000.", errorBeside(refused, "strength.hip_abductors.right.force")),
                () -> assertEquals(
                        "Enter a number from 0 to 150.", errorBeside(refused, "rom.hip_flexion.right.active")),
                () -> assertEquals("Use at most one decimal place.", errorBeside(refused, "strength.body_weight_kg")));
        Form shown = AssessmentSite.draftForm(refused, id);
        typed.forEach((k, v) -> assertEquals(v, shown.get(k), "typed value of " + k));
        assertEquals(before, AssessmentSite.stored(server, id), "not saved and not finalized");
        assertEquals("DRAFT", AssessmentSite.stored(server, id).status());
    }

    @Test
    void aValidSaveRedirectsAndStoresTheValuesInTheirNormalForm(GaitwayServer server) {
        WebClient client = therapist.client();
        long id = AssessmentSite.start(client, patientId);
        Stored before = AssessmentSite.stored(server, id);
        String visitDate = AssessmentSite.today().minusDays(1).toString();

        Map<String, String> typed = typedValid();
        typed.put("visitDate", " " + visitDate + " ");
        typed.put("strength.hip_abductors.right.grade", "3 +");
        typed.put("strength.hip_abductors.left.grade", "4\u2212");
        typed.put("strength.hip_extensors.right.grade", " 5 ");
        typed.put("strength.hip_abductors.right.force", "120.50");
        typed.put("strength.hip_abductors.left.force", "150,5");
        typed.put("strength.body_weight_kg", "70.0");
        typed.put("subjective.pain_now", " 6 ");
        typed.put("rom.knee_extension.right.active", "\u221210");
        typed.put("rom.hip_extension.right.active", "010");
        typed.put("subjective.pain_location", "  Right knee  ");
        typed.put("gait.notes", "   ");
        Page saved = AssessmentSite.save(client, id, typed, "save");

        assertEquals(303, saved.status(), saved.body());
        assertEquals(AssessmentSite.path(id), saved.location());
        Stored after = AssessmentSite.stored(server, id);
        assertEquals("DRAFT", after.status());
        assertEquals(before.version() + 1, after.version(), "one save, one new version");
        assertEquals(visitDate, after.visitDate().toString());
        Map<String, String> v = after.values();
        assertAll(
                "stored normalised",
                () -> assertEquals("3+", v.get("strength.hip_abductors.right.grade")),
                () -> assertEquals("4-", v.get("strength.hip_abductors.left.grade")),
                () -> assertEquals("5", v.get("strength.hip_extensors.right.grade")),
                () -> assertEquals("120.5", v.get("strength.hip_abductors.right.force")),
                () -> assertEquals("150.5", v.get("strength.hip_abductors.left.force")),
                () -> assertEquals("70", v.get("strength.body_weight_kg")),
                () -> assertEquals("6", v.get("subjective.pain_now")),
                () -> assertEquals("-10", v.get("rom.knee_extension.right.active")),
                () -> assertEquals("10", v.get("rom.hip_extension.right.active")),
                () -> assertEquals("Right knee", v.get("subjective.pain_location")),
                () -> assertEquals(
                        "Pain below the kneecap <on stairs> & when squatting", v.get("subjective.complaint")),
                () -> assertEquals("Weak right hip abductors.\nLoad gradually.", v.get("plan.assessment")),
                () -> assertEquals("true", v.get("gait.step_down.right.tested")),
                () -> assertEquals("1", v.get("gait.step_down.right.knee")),
                () -> assertEquals("3", v.get("lefs.item1")),
                () -> assertFalse(v.containsKey("gait.notes"), "a blank field is not stored"),
                () -> assertFalse(v.containsKey("lefs.item3"), "an unanswered LEFS item is not stored"),
                () -> assertFalse(v.containsKey("subjective.aggravating.running"), "an unticked box is not stored"));

        Page reloaded = AssessmentSite.page(client, id);
        assertEquals("Draft saved.", AssessmentSite.flash(reloaded));
        Form form = AssessmentSite.draftForm(reloaded, id);
        assertEquals("3+", form.get("strength.hip_abductors.right.grade"), "the form shows the normal form");
        assertEquals("120.5", form.get("strength.hip_abductors.right.force"));
        assertEquals("-10", form.get("rom.knee_extension.right.active"));
        assertEquals(visitDate, form.get("visitDate"));
        assertEquals("Pain below the kneecap <on stairs> & when squatting", form.get("subjective.complaint"));
        assertEquals("true", form.get("subjective.aggravating.squatting"));
        assertEquals("fair", form.get("gait.single_leg_squat.right"));
    }
}
