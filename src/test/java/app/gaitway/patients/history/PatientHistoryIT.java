package app.gaitway.patients.history;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.patientside.web.LinkSite;
import app.gaitway.patientside.web.LinkSite.Program;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patient page tells the whole story on one timeline, newest first: the assessments with their findings and
 * each home program given, changed (with what changed) and ended, each linking to what it names.
 */
@ExtendWith(SharedServer.class)
class PatientHistoryIT {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** One entry as shown: its date, its title and badge, its lines, its link. */
    private record Shown(String date, String head, List<String> lines, String href, String kind) {}

    @Test
    void assessmentsAndProgramEventsShareOneTimelineNewestFirst(GaitwayServer server) {
        Therapist t = Therapists.ofNewClinic(server, "history");
        WebClient c = t.client();
        long patientId = Patients.register(c, "Hestia", "Storyline");
        LocalDate today = AssessmentSite.today();

        Map<String, String> first = new LinkedHashMap<>();
        first.put("visitDate", today.minusDays(10).toString());
        first.put("strength.hip_abductors.right.grade", "3+");
        first.put("strength.hip_abductors.left.grade", "5");
        long firstVisit = AssessmentSite.finalized(c, patientId, first);
        Program program = LinkSite.program(c, patientId, "Knee pain: hip strength", "Clamshell", "Hip bridge");
        LinkSite.saveNextVersion(c, program, Map.of("items.0.sets", "2"));
        LinkSite.end(c, program);
        Map<String, String> second = new LinkedHashMap<>();
        second.put("visitDate", today.minusDays(1).toString());
        second.put("strength.hip_abductors.right.grade", "4");
        long draft = AssessmentSite.start(c, patientId);
        assertEquals(303, AssessmentSite.save(c, draft, second, "save").status());

        List<Shown> shown = timeline(c.get("/patients/" + patientId));

        assertEquals(5, shown.size(), shown.toString());
        // today: ended, then changed, then given (the latest recorded first)
        assertEquals(today.format(SHOWN), shown.get(0).date());
        assertEquals(
                "Home program ended: Knee pain: hip strength Ended",
                shown.get(0).head());
        assertEquals(List.of("Goals met"), shown.get(0).lines());
        assertEquals("program", shown.get(0).kind());
        assertEquals(
                "Home program changed: Knee pain: hip strength Version 2",
                shown.get(1).head());
        assertEquals("/programs/" + program.id() + "/versions/2", shown.get(1).href());
        assertEquals(1, shown.get(1).lines().size());
        assertTrue(
                shown.get(1).lines().get(0).contains("Clamshell"),
                "what changed: " + shown.get(1).lines());
        assertEquals(
                "Home program given: Knee pain: hip strength Version 1",
                shown.get(2).head());
        assertEquals(List.of("First version: 2 exercises."), shown.get(2).lines());
        // yesterday's draft re-assessment, then the first visit ten days ago with its findings
        assertEquals(today.minusDays(1).format(SHOWN), shown.get(3).date());
        assertEquals("Assessment Draft", shown.get(3).head());
        assertEquals("/assessments/" + draft, shown.get(3).href());
        assertEquals(today.minusDays(10).format(SHOWN), shown.get(4).date());
        assertEquals("/assessments/" + firstVisit, shown.get(4).href());
        assertTrue(
                shown.get(4).head().startsWith("Assessment Signed by"),
                shown.get(4).head());
        assertTrue(
                shown.get(4).lines().contains("Hip abduction: right 3+/5, left 5/5"),
                shown.get(4).lines().toString());
        for (Shown s : shown) {
            assertEquals(200, c.get(s.href()).status(), "the entry links to a page: " + s.href());
        }
    }

    @Test
    void aNewPatientHasAnEmptyStoryAndNoComparison(GaitwayServer server) {
        Therapist t = Therapists.ofNewClinic(server, "history-empty");
        long patientId = Patients.register(t.client(), "Nova", "Blank");
        Page page = t.client().get("/patients/" + patientId);
        assertEquals(List.of(), timeline(page));
        assertTrue(page.contains("Nothing recorded yet."));
        assertFalse(page.contains("Compare visits"));
    }

    private static List<Shown> timeline(Page page) {
        Matcher section = Pattern.compile("<section[^>]*\\bid=\"timeline\"[^>]*>(.*?)</section>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(section.find(), "the history on the patient page:\n" + page.body());
        List<Shown> shown = new ArrayList<>();
        Matcher li = Pattern.compile(
                        "<li class=\"timeline__entry timeline__entry--(\\w+)\">(.*?)</div>\\s*</li>", Pattern.DOTALL)
                .matcher(section.group(1));
        while (li.find()) {
            String entry = li.group(2);
            List<String> lines = new ArrayList<>();
            Matcher line = Pattern.compile("<ul class=\"timeline__findings\">(.*?)</ul>", Pattern.DOTALL)
                    .matcher(entry);
            if (line.find()) {
                Matcher each =
                        Pattern.compile("<li[^>]*>(.*?)</li>", Pattern.DOTALL).matcher(line.group(1));
                while (each.find()) {
                    lines.add(AssessmentSite.text(each.group(1)));
                }
            }
            shown.add(new Shown(
                    AssessmentSite.text(first(entry, "<time[^>]*>(.*?)</time>")),
                    AssessmentSite.text(first(entry, "<p class=\"timeline__head\">(.*?)</p>")),
                    lines,
                    WebClient.unescape(first(entry, "<a href=\"([^\"]*)\"")),
                    li.group(1)));
        }
        return shown;
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), regex + " in " + html);
        return m.group(1);
    }
}
