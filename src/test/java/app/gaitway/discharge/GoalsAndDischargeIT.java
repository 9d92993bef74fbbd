package app.gaitway.discharge;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.programs.ProgramSite;
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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A runner with a weak right hip: a numeric goal on the right hip abductor force is set from the first visit's value,
 * the follow-up reaches it and the patient page, the comparison and the report say "met"; ending care writes the
 * summary (measures first and last, the goal, the home program), lists it in the history and closes the goal.
 * Another clinic's therapist finds none of it.
 */
@ExtendWith(SharedServer.class)
class GoalsAndDischargeIT {

    private static final Pattern GOAL_ACTION = Pattern.compile("action=\"/goals/(\\d+)/withdraw\"");
    private static final Pattern DISCHARGE_PATH = Pattern.compile("^/discharges/(\\d+)$");

    private static Map<String, String> visit(LocalDate date, String rightForce, String pain) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("visitDate", date.toString());
        v.put("subjective.pain_now", pain);
        v.put("strength.force_unit", "n");
        v.put("strength.hip_abductors.right.force", rightForce);
        v.put("strength.hip_abductors.left.force", "150");
        v.put("strength.hip_abductors.right.grade", "4");
        v.put("strength.hip_abductors.left.grade", "5");
        return v;
    }

    @Test
    void aGoalMetAtTheFollowUpShowsAsMetAndEndingCareWritesTheSummary(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "goals");
        WebClient client = therapist.client();
        long patientId = Patients.register(client, "Rita", "Runner");
        LocalDate today = AssessmentSite.today();
        long first = AssessmentSite.finalized(client, patientId, visit(today.minusDays(28), "120", "6"));
        String patientPath = "/patients/" + patientId;
        String newGoal = patientPath + "/goals/new";

        // bad input: refused beside the field, the rest of the typing kept, nothing saved
        Page refused = client.submit(newGoal, patientPath + "/goals", goal("150 N", "Hop on the right leg"));
        assertEquals(400, refused.status(), refused.body());
        assertEquals("Type a number, such as 12 or 12.5.", AssessmentSite.errorBeside(refused, "target"));
        assertTrue(refused.contains("value=\"Hop on the right leg\""), "the note typed is kept");
        assertTrue(refused.contains("value=\"strength.hip_abductors.right.force\" selected"), "the measure is kept");

        Page set = client.submit(newGoal, patientPath + "/goals", goal("150", "Hop on the right leg"));
        assertEquals(303, set.status(), set.body());
        Page before = client.get(patientPath);
        assertTrue(before.contains("From 120 N ("), "the baseline came from the signed assessment");
        assertTrue(before.contains("goal--not_yet_measured"), "nothing measured since the baseline yet");
        Matcher goalId = GOAL_ACTION.matcher(before.body());
        assertTrue(goalId.find(), "the goal's withdraw form");

        long clamshell = ExerciseSite.builtInId(client, "Clamshell");
        ProgramSite.create(client, patientId, "Hip strength", List.of(ProgramSite.item(clamshell)));
        long followUp = AssessmentSite.finalized(client, patientId, visit(today.minusDays(1), "152", "2"));

        Page after = client.get(patientPath);
        assertAll(
                "the patient page after the follow-up",
                () -> assertTrue(after.contains("goal--met"), after.body()),
                () -> assertTrue(after.contains("Latest: 152 N on " + AssessmentSite.displayDate(today.minusDays(1)))));
        assertTrue(
                client.get(patientPath + "/assessments/comparison").contains("152 N \u00B7 Met"),
                "the comparison shows the goal met at the follow-up");
        Page report = client.get("/assessments/" + followUp + "/report");
        assertTrue(report.contains("report-goals") && report.contains(">Met<"), "the follow-up's report");
        assertTrue(
                client.get("/assessments/" + first + "/report").contains("Baseline from this visit"),
                "the first visit's report shows where the goal started");

        Form end = client.get(patientPath + "/discharge").form(patientPath + "/discharge");
        Page ended = client.submit(end.set("reason", "goals_met"));
        assertEquals(303, ended.status(), ended.body());
        Matcher discharge = DISCHARGE_PATH.matcher(ended.location());
        assertTrue(discharge.matches(), ended.location());
        String summaryPath = ended.location();
        Page summary = client.get(summaryPath);
        assertAll(
                "the discharge summary",
                () -> assertEquals(200, summary.status()),
                () -> assertTrue(summary.contains("Goals met")),
                () -> assertTrue(summary.contains("Hip abductors, Right: force")),
                () -> assertTrue(summary.contains(">120 N<"), "first value"),
                () -> assertTrue(summary.contains(">152 N<"), "last value"),
                () -> assertTrue(summary.contains("Better by at least the MCID"), "pain 6 to 2"),
                () -> assertTrue(summary.contains(">Met<"), "the goal as it stood"),
                () -> assertTrue(summary.contains("Clamshell"), "the home program"));
        assertEquals(
                1,
                AssessmentSite.auditCount(server, "discharge", Long.parseLong(discharge.group(1)), "CHANGE"),
                "ending care is in the audit trail");
        assertEquals(
                1,
                AssessmentSite.auditCount(server, "discharge", Long.parseLong(discharge.group(1)), "VIEW"),
                "reading the summary is in the audit trail");

        Page again = client.submit(end.set("reason", "goals_met"));
        assertEquals(patientPath, again.location(), "a second press ends nothing more");
        Page closed = client.get(patientPath);
        assertAll(
                "the patient page after discharge",
                () -> assertTrue(closed.contains("No goals on the plan yet.")),
                () -> assertTrue(closed.contains("href=\"" + summaryPath + "\"")),
                () -> assertTrue(closed.contains("Care ended: discharge summary"), "in the history"));
        assertEquals(1, AssessmentSite.count(server, "SELECT COUNT(*) FROM discharge WHERE patient_id = ?", patientId));

        WebClient other = Therapists.ofNewClinic(server, "goals-other").client();
        assertAll(
                "another clinic",
                () -> assertEquals(404, other.get(summaryPath).status()),
                () -> assertEquals(404, other.get(newGoal).status()),
                () -> assertEquals(404, other.get(patientPath + "/discharge").status()),
                () -> assertEquals(
                        404,
                        other.submit("/patients", "/goals/" + goalId.group(1) + "/withdraw", Map.of("version", "0"))
                                .status()));
    }

    @Test
    void aGoalsTargetDateAndWordsChangeAndAStaleFormNeverOverwritesAnother(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "goal-change");
        WebClient client = therapist.client();
        long patientId = Patients.register(client, "Gail", "Changes");
        LocalDate today = AssessmentSite.today();
        AssessmentSite.finalized(client, patientId, visit(today.minusDays(7), "120", "5"));
        String patientPath = "/patients/" + patientId;
        assertEquals(
                303,
                client.submit(patientPath + "/goals/new", patientPath + "/goals", goal("150", "Hop"))
                        .status());
        Matcher found = GOAL_ACTION.matcher(client.get(patientPath).body());
        assertTrue(found.find(), "the goal on the patient page");
        long goalId = Long.parseLong(found.group(1));
        String editPath = "/goals/" + goalId + "/edit";
        String target = "SELECT COUNT(*) FROM goal WHERE id = ? AND target = ";

        Page edit = client.get(editPath);
        assertEquals(200, edit.status(), edit.body());
        assertTrue(edit.contains("Hip abductors, Right: force"), "the measure, fixed");
        assertTrue(edit.contains("120 N ("), "the baseline, fixed, with its day");
        Form mine = edit.form(editPath);
        Form colleagues = client.get(editPath).form(editPath);
        assertEquals("150", mine.get("target"));

        // bad input: refused beside the field, the rest kept, nothing saved
        Page refused = client.submit(mine.set("target", "110").set("description", "Hop and run"));
        assertEquals(400, refused.status(), refused.body());
        assertEquals(
                "Higher is better for this measure: the target must be above the baseline (120).",
                AssessmentSite.errorBeside(refused, "target"));
        assertTrue(refused.contains("value=\"Hop and run\""), "the words typed are kept");
        assertEquals(1, AssessmentSite.count(server, target + "150", goalId), "nothing saved");

        String due = today.plusDays(60).toString();
        Page saved = client.submit(mine.set("target", "160").set("dueOn", due));
        assertEquals(303, saved.status(), saved.body());
        assertEquals(patientPath + "#goals", saved.location());
        Page patient = client.get(patientPath);
        assertTrue(patient.contains("to 160 N by " + AssessmentSite.displayDate(today.plusDays(60))), patient.body());
        assertTrue(patient.contains("Hop and run"));
        assertEquals(2, AssessmentSite.auditCount(server, "goal", goalId, "CHANGE"), "set, then changed");

        // a colleague's form, drawn before that save: their typing is kept beside the goal as saved now
        Page conflict = client.submit(colleagues.set("target", "170"));
        assertEquals(409, conflict.status(), conflict.body());
        assertTrue(conflict.contains("Changed by someone else"));
        assertTrue(conflict.contains("Saved now: target 160 by " + due), conflict.body());
        assertTrue(conflict.contains("value=\"170\""), "their typing is kept");
        assertEquals(1, AssessmentSite.count(server, target + "160", goalId), "never overwritten");
        Page onPurpose = client.submit(conflict.form(editPath));
        assertEquals(303, onPurpose.status(), onPurpose.body());
        assertEquals(1, AssessmentSite.count(server, target + "170", goalId), "saved again on purpose");

        WebClient other = Therapists.ofNewClinic(server, "goal-change-other").client();
        assertEquals(404, other.get(editPath).status());
        assertEquals(
                404,
                other.submit("/patients", editPath, Map.of("version", "2", "target", "1"))
                        .status());

        Form withdraw = client.get(patientPath).form("/goals/" + goalId + "/withdraw");
        assertEquals(303, client.submit(withdraw).status());
        Page afterWithdrawal = client.get(editPath);
        assertEquals(303, afterWithdrawal.status(), "a withdrawn goal is not changed");
        assertEquals(patientPath + "#goals", afterWithdrawal.location());
    }

    private static Map<String, String> goal(String target, String note) {
        return Map.of(
                "kind",
                "numeric",
                "measure",
                "strength.hip_abductors.right.force",
                "baseline",
                "",
                "target",
                target,
                "dueOn",
                AssessmentSite.today().plusDays(30).toString(),
                "description",
                note);
    }
}
