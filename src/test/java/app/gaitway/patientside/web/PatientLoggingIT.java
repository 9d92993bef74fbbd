package app.gaitway.patientside.web;

import app.gaitway.patientside.web.LinkSite.Link;
import app.gaitway.patientside.web.LinkSite.LogRow;
import app.gaitway.patientside.web.LinkSite.Program;
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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.gaitway.testing.PageAssertions.assertNoInternals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a patient logs through their link, over HTTP with the forms as the page renders them: an exercise marked
 * done with pain and how it felt, at most as often a day as prescribed; the entry corrected or removed the same
 * day (a removed entry stays stored and no longer counts); the whole session at once; nothing without the page's
 * CSRF token. The therapist then reads it on the patient page.
 */
@ExtendWith(SharedServer.class)
class PatientLoggingIT {

    /** Taps on one button that arrive at once. */
    private static final int TAPS = 10;

    private record Setup(Therapist therapist, Program program, Link link, WebClient patient) {

        String logAction() {
            return link.path() + "/log";
        }

        Page page() {
            Page page = patient.get(link.path());
            assertEquals(200, page.status(), page.body());
            return page;
        }
    }

    private static Setup linked(GaitwayServer server, String label, String... exercises) {
        Therapist therapist = Therapists.ofNewClinic(server, label);
        Program program = LinkSite.patientWithProgram(therapist, "Rosalind", "Featherstonehaugh", exercises);
        Link link = LinkSite.createLink(therapist.client(), program);
        return new Setup(therapist, program, link, new WebClient(server));
    }

    @Test
    void anExerciseMarkedDoneShowsDoneTodayWithItsEntry(GaitwayServer server) {
        Setup s = linked(server, "log-done", "Clamshell", "Hip bridge");

        Page logged = markDone(s, 0, "3", "too_hard");
        assertEquals(303, logged.status(), logged.body());
        assertEquals(s.link().path() + "#item-0", logged.location(), "back to the exercise");

        Page page = s.page();
        String card = LinkSite.text(LinkSite.exerciseCard(page, 0));
        assertEquals("Done today", doneNote(page, 0));
        assertTrue(card.contains("pain 3 of 10, too hard"), "the entry as logged: " + card);
        assertFalse(LinkSite.exerciseCard(page, 0).contains("name=\"action\" value=\"done\""), "no second Done button");
        assertNull(doneNote(page, 1), "the other exercise is not done");
        assertTrue(page.contains("1 of 2 exercises done today"), "the count at the top");

        List<LogRow> rows = LinkSite.logOf(server, s.program());
        assertEquals(1, rows.size(), rows.toString());
        LogRow row = rows.get(0);
        assertEquals("Clamshell", row.exerciseName());
        assertEquals(3, row.pain());
        assertEquals("TOO_HARD", row.difficulty());
        assertEquals(LocalDate.now(), row.doneOn());
        assertEquals(1, row.version(), "against the version the patient saw");
    }

    @Test
    void anExercisePrescribedOnceADayIsNotLoggedTwice(GaitwayServer server) {
        Setup s = linked(server, "log-twice", "Clamshell");
        Page before = s.page();
        Form done = LinkSite.formIn(before, LinkSite.exerciseCard(before, 0), s.logAction())
                .set("pain", "3")
                .add("difficulty", "about_right");

        assertEquals(303, LinkSite.submit(s.patient(), done).status());
        Page again = LinkSite.submit(s.patient(), done);
        assertEquals(303, again.status(), "a second tap (or the same form sent again) is not an error");

        assertEquals(1, LinkSite.logRows(server, s.program()), "but it counts once");
        String card = LinkSite.text(LinkSite.exerciseCard(s.page(), 0));
        assertEquals(1, card.split("Logged at", -1).length - 1, "one entry shown: " + card);
    }

    /**
     * Ten taps on "Done" arriving at once (a slow phone, a second tab) for an exercise prescribed once a day, and
     * ten for one prescribed twice a day: stored once and twice, every tap answered as a single one is. A removed
     * entry then frees its place, and ten more taps fill it once again.
     */
    @Test
    void simultaneousTapsLogAnExerciseOnlyAsOftenAsPrescribed(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "log-race");
        long patientId = Patients.register(therapist.client(), "Rosalind", "Featherstonehaugh");
        Program program = LinkSite.program(
                therapist.client(),
                patientId,
                LinkSite.unique("Knee plan"),
                List.of(new LinkSite.Exercise("Clamshell", 1, 7), new LinkSite.Exercise("Hip bridge", 2, 7)));
        Setup s =
                new Setup(therapist, program, LinkSite.createLink(therapist.client(), program), new WebClient(server));
        Page page = s.page();
        Form once = LinkSite.formIn(page, LinkSite.exerciseCard(page, 0), s.logAction())
                .set("pain", "2");
        Form twice = LinkSite.formIn(page, LinkSite.exerciseCard(page, 1), s.logAction())
                .set("pain", "4");
        long mark = LinkSite.logMark(server);

        List<Page> answers =
                LinkSite.simultaneously(2 * TAPS, i -> LinkSite.submit(s.patient(), i % 2 == 0 ? once : twice));
        for (int i = 0; i < answers.size(); i++) {
            Page answer = answers.get(i);
            assertEquals(303, answer.status(), "tap " + i + " answered:\n" + answer.body());
            assertEquals(s.link().path() + "#item-" + (i % 2), answer.location(), "tap " + i);
        }
        List<LogRow> rows = LinkSite.logOf(server, s.program());
        assertEquals(
                1,
                rows.stream().filter(r -> r.exerciseName().equals("Clamshell")).count(),
                "once a day: " + rows);
        assertEquals(
                2,
                rows.stream().filter(r -> r.exerciseName().equals("Hip bridge")).count(),
                "twice a day: " + rows);

        Page logged = s.page();
        long entry = rows.stream()
                .filter(r -> r.exerciseName().equals("Clamshell"))
                .findFirst()
                .orElseThrow()
                .id();
        Form remove =
                LinkSite.formIn(logged, entryForm(logged, entry), s.logAction()).add("action", "remove");
        assertEquals(303, LinkSite.submit(s.patient(), remove).status());
        LinkSite.simultaneously(TAPS, i -> LinkSite.submit(s.patient(), once))
                .forEach(answer -> assertEquals(303, answer.status(), answer.body()));
        List<LogRow> after = LinkSite.logOf(server, s.program()).stream()
                .filter(r -> r.exerciseName().equals("Clamshell"))
                .toList();
        assertEquals(2, after.size(), "the removed entry is kept, and one new: " + after);
        assertEquals(1, after.stream().filter(r -> !r.removed()).count(), "one counts: " + after);

        String log = LinkSite.logSince(server, mark);
        assertFalse(log.contains("SEVERE"), "nothing went wrong on the server:\n" + log);
        assertFalse(log.contains(s.link().canonical().substring(4, 16)), "the server log holds no secret");
        assertFalse(log.contains("Featherstonehaugh") || log.contains("Rosalind"), "nor the patient's name");
    }

    @Test
    void todaysEntryCanBeCorrectedAndRemovedAndTheRemovedOneStaysStored(GaitwayServer server) {
        Setup s = linked(server, "log-correct", "Clamshell");
        markDone(s, 0, "3", "too_hard");
        long entry = LinkSite.logOf(server, s.program()).get(0).id();

        Page page = s.page();
        Form change = LinkSite.formIn(page, entryForm(page, entry), s.logAction())
                .set("pain", "2")
                .setAll("difficulty", List.of("about_right"))
                .add("action", "change");
        assertEquals(303, LinkSite.submit(s.patient(), change).status());

        LogRow corrected = LinkSite.logOf(server, s.program()).get(0);
        assertEquals(2, corrected.pain());
        assertEquals("ABOUT_RIGHT", corrected.difficulty());
        assertTrue(corrected.changed(), "the change is dated");
        Page correctedPage = s.page();
        String card = LinkSite.text(LinkSite.exerciseCard(correctedPage, 0));
        assertTrue(card.contains("pain 2 of 10, about right"), card);
        assertEquals("Done today", doneNote(correctedPage, 0));

        page = s.page();
        Form remove =
                LinkSite.formIn(page, entryForm(page, entry), s.logAction()).add("action", "remove");
        assertEquals(303, LinkSite.submit(s.patient(), remove).status());

        List<LogRow> rows = LinkSite.logOf(server, s.program());
        assertEquals(1, rows.size(), "the entry is kept");
        assertTrue(rows.get(0).removed(), "marked removed");
        assertEquals(0, LinkSite.countingRows(server, s.program()), "and no longer counts");
        Page after = s.page();
        String cardAfter = LinkSite.text(LinkSite.exerciseCard(after, 0));
        assertNull(doneNote(after, 0), cardAfter);
        assertFalse(cardAfter.contains("Logged at"), cardAfter);
        assertTrue(
                LinkSite.exerciseCard(after, 0).contains("name=\"action\" value=\"done\""),
                "it can be marked done again");
        assertTrue(after.contains("0 of 1 exercises done today"), "nothing counted today");

        // the program began today, so with its only entry removed it reads simply, with no table of zeros
        String report = LinkSite.text(
                section(therapistPatientPage(s), "adherence-" + s.program().id()));
        assertTrue(
                report.contains("Started today: 0 of 1 exercise done."),
                "the therapist sees no session today: " + report);
        assertFalse(report.contains("Clamshell"), report);
    }

    @Test
    void aLogWithoutTheFormsTokenIsRefusedAndLogsNothing(GaitwayServer server) {
        Setup s = linked(server, "log-csrf", "Clamshell");
        Page page = s.page();
        Form done = LinkSite.formIn(page, LinkSite.exerciseCard(page, 0), s.logAction())
                .set("pain", "3");
        assertTrue(done.get("_csrf") != null, "the form carries a token");

        Page refused = LinkSite.submit(s.patient(), done.remove("_csrf"));
        assertEquals(403, refused.status());
        assertNoInternals(refused);
        Page forged = LinkSite.submit(s.patient(), done.set("_csrf", "forged-token"));
        assertEquals(403, forged.status());
        Page fromElsewhere = LinkSite.submit(
                new WebClient(server), LinkSite.formIn(page, LinkSite.exerciseCard(page, 0), s.logAction()));
        assertEquals(403, fromElsewhere.status(), "a token of another browser's page");

        assertEquals(0, LinkSite.logRows(server, s.program()));
    }

    @Test
    void theWholeSessionMarksEveryExerciseDone(GaitwayServer server) {
        Setup s = linked(server, "log-session", "Clamshell", "Hip bridge", "Calf raise");
        markDone(s, 1, "", null);

        Page page = s.page();
        Form session = page.form(s.logAction());
        assertEquals("session", session.get("action"), "the first log form on the page is the whole session");
        assertEquals(303, LinkSite.submit(s.patient(), session).status());

        List<LogRow> rows = LinkSite.logOf(server, s.program());
        assertEquals(
                List.of("Hip bridge", "Clamshell", "Calf raise"),
                rows.stream().map(LogRow::exerciseName).toList(),
                "each exercise once; the one done already is not counted twice");
        rows.forEach(r -> assertNull(r.pain(), "no pain given"));
        Page after = s.page();
        assertTrue(after.contains("3 of 3 exercises done today"), "all done");
        assertFalse(after.contains("value=\"session\""), "the whole-session button is gone");
        for (int i = 0; i < 3; i++) {
            assertEquals("Done today", doneNote(after, i), "exercise " + i);
        }
    }

    /**
     * Done, then how it felt on the same step, then the next exercise: all plain form posts and links, as a phone
     * without JavaScript sends them.
     */
    @Test
    void doItNowAsksHowItFeltAfterDoneThenGoesOnToTheNextExercise(GaitwayServer server) {
        Setup s = linked(server, "log-now", "Clamshell", "Hip bridge", "Calf raise");
        String now = s.link().path() + "/now?step=";
        Page first = s.patient().get(now + "1");
        assertEquals(200, first.status());
        assertTrue(first.contains("Exercise 1 of 3"), first.body());
        assertFalse(first.contains("id=\"rate\""), "no question before Done");

        Page done = LinkSite.submit(s.patient(), first.form(s.logAction()));
        assertEquals(303, done.status());
        assertEquals(now + "1&logged=1#rate", done.location(), "Done stays on exercise 1, at the question");
        Page asked = s.patient().get(withoutAnchor(done.location()));
        assertTrue(asked.contains("Exercise 1 of 3") && asked.contains("You did it. How did it feel?"), asked.body());
        assertFalse(asked.contains("value=\"done\""), "no second Done");
        assertTrue(asked.contains("href=\"" + now + "2\">Next exercise<"), "going on without answering");
        assertEquals(
                List.of("Clamshell"),
                LinkSite.logOf(server, s.program()).stream()
                        .map(LogRow::exerciseName)
                        .toList());

        Form felt = asked.form(s.logAction());
        assertEquals("change", felt.get("action"));
        Page rated = LinkSite.submit(s.patient(), felt.set("pain", "4").add("difficulty", "too_easy"));
        assertEquals(now + "2", rated.location(), "saved, on to exercise 2");
        LogRow row = LinkSite.logOf(server, s.program()).get(0);
        assertEquals(4, row.pain());
        assertEquals("TOO_EASY", row.difficulty());

        Page second = s.patient().get(rated.location());
        assertTrue(second.contains("Exercise 2 of 3"), second.body());
        assertTrue(second.contains("href=\"" + now + "3\""), "Skip to next leads to exercise 3");
        assertTrue(second.contains("href=\"" + now + "1\""), "Back leads to exercise 1");
        Page back = s.patient().get(now + "1");
        assertTrue(
                back.contains("selected=\"selected\">4<") || back.contains("value=\"4\" selected"),
                "a step done earlier shows its answer, to change");

        Page last = s.patient().get(now + "3");
        Page finished = LinkSite.submit(s.patient(), last.form(s.logAction()));
        assertEquals(now + "3&logged=1#rate", finished.location());
        Page askedLast = s.patient().get(withoutAnchor(finished.location()));
        assertTrue(askedLast.contains("Save and finish"), askedLast.body());
        Page end = s.patient()
                .get(LinkSite.submit(s.patient(), askedLast.form(s.logAction())).location());
        assertEquals("All done for today", end.heading());
        assertTrue(end.contains("2 of 3 exercises marked done today."), end.body());
        assertNull(LinkSite.logOf(server, s.program()).get(1).pain(), "nothing said, nothing stored");
    }

    @Test
    void howItFeltAfterDoneIsCheckedLikeTheLogForm(GaitwayServer server) {
        Setup s = linked(server, "log-now-checked", "Clamshell");
        String now = s.link().path() + "/now?step=";
        LinkSite.submit(s.patient(), s.patient().get(now + "1").form(s.logAction()));
        Form felt = s.patient().get(now + "1&logged=1").form(s.logAction());
        Page answer = LinkSite.submit(s.patient(), felt.set("pain", "11").add("difficulty", "far_too_hard"));
        assertEquals(303, answer.status(), answer.body());
        LogRow row = LinkSite.logOf(server, s.program()).get(0);
        assertNull(row.pain(), "pain is 0 to 10");
        assertNull(row.difficulty(), "one of the three answers");
        assertEquals(1, LinkSite.logRows(server, s.program()), "still one entry");
    }

    @Test
    void theTodayListShowsEveryExerciseAndWhetherItIsDone(GaitwayServer server) {
        Setup s = linked(server, "log-today", "Clamshell", "Hip bridge", "Wall sit");
        List<String> before = todayList(s.page());
        assertEquals(
                List.of(
                        "Clamshell | 3 \u00d7 10\u201315 each side | Not done yet | #item-0",
                        "Hip bridge | 3 \u00d7 10\u201315 | Not done yet | #item-1",
                        "Wall sit | 3\u20135 holds of 30 s | Not done yet | #item-2"),
                before);

        markDone(s, 1, "", null);
        List<String> after = todayList(s.page());
        assertEquals("Hip bridge | 3 \u00d7 10\u201315 | Done | #item-1", after.get(1), "done, in words");
        assertEquals(before.get(0), after.get(0));
        assertEquals(before.get(2), after.get(2));
        String body = s.page().body();
        assertTrue(body.indexOf("p-today__list") < body.indexOf("id=\"item-0\""), "the list comes before the cards");
    }

    @Test
    void theTherapistSeesWhatWasLoggedTodayWithTooHardInWords(GaitwayServer server) {
        Setup s = linked(server, "log-adherence", "Clamshell", "Hip bridge");
        markDone(s, 0, "3", "too_hard");

        // the program began today: the report reads simply, no table of days not yet over
        String report = LinkSite.text(
                section(therapistPatientPage(s), "adherence-" + s.program().id()));
        assertTrue(report.contains("Started today: 1 of 2 exercises done."), report);
        assertFalse(report.contains("Last 7 days"), "no table on the first day: " + report);

        String attention = LinkSite.text(section(therapistPatientPage(s), "adherence__attention"));
        assertTrue(attention.contains("Needs a look"), attention);
        assertTrue(attention.contains("Clamshell") && attention.contains("too hard today"), attention);
        assertFalse(attention.contains("Hip bridge"), "only what needs a look: " + attention);
    }

    // --- steps ---

    private static String withoutAnchor(String address) {
        return address.replaceFirst("#.*$", "");
    }

    /** The "Today" list as "name | dose | state | link" lines. */
    private static List<String> todayList(Page page) {
        Matcher m = Pattern.compile(
                        "<li class=\"p-today__item[^\"]*\">\\s*<a class=\"p-today__link\" href=\"([^\"]+)\">(.*?)</a>",
                        Pattern.DOTALL)
                .matcher(page.body());
        List<String> lines = new java.util.ArrayList<>();
        while (m.find()) {
            String item = m.group(2);
            lines.add(String.join(
                    " | ",
                    part(item, "p-today__name"),
                    part(item, "p-today__dose"),
                    part(item, "p-today__state"),
                    m.group(1)));
        }
        return lines;
    }

    private static String part(String html, String css) {
        Matcher m = Pattern.compile("<span class=\"" + css + "\">(.*?)</span>", Pattern.DOTALL)
                .matcher(html);
        return m.find() ? LinkSite.text(m.group(1)).strip() : "";
    }

    /** "Done today" on an exercise's card, with the pain and difficulty chosen ("" and null skip them). */
    private static Page markDone(Setup s, int position, String pain, String difficulty) {
        Page page = s.page();
        Form form = LinkSite.formIn(page, LinkSite.exerciseCard(page, position), s.logAction());
        assertEquals("done", form.get("action"));
        assertEquals(String.valueOf(position), form.get("position"));
        form.set("pain", pain);
        if (difficulty != null) {
            form.add("difficulty", difficulty);
        }
        return LinkSite.submit(s.patient(), form);
    }

    /** The note that an exercise is done today ("Done today"), or null when it is not. */
    private static String doneNote(Page page, int position) {
        Matcher m = Pattern.compile("<p class=\"p-done\">(.*?)</p>", Pattern.DOTALL)
                .matcher(LinkSite.exerciseCard(page, position));
        return m.find() ? LinkSite.text(m.group(1)) : null;
    }

    /** The form that changes or removes one of today's entries. */
    private static String entryForm(Page page, long entryId) {
        Matcher m = Pattern.compile(
                        "<form[^>]*>(?:(?!</form>).)*name=\"entry\" value=\"" + entryId + "\".*?</form>",
                        Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(m.find(), "no form for entry " + entryId + ":\n" + page.body());
        return m.group();
    }

    private static Page therapistPatientPage(Setup s) {
        Page page = s.therapist().client().get("/patients/" + s.program().patientId());
        assertEquals(200, page.status(), page.body());
        return page;
    }

    /** An element by id or class: its inner HTML up to its closing tag. */
    private static String section(Page page, String idOrClass) {
        Matcher m = Pattern.compile(
                        "<(section|div)[^>]*\\b(?:id|class)=\"" + Pattern.quote(idOrClass) + "\"[^>]*>(.*?)</\\1>",
                        Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(m.find(), "no " + idOrClass + " on the page:\n" + page.body());
        return m.group(2);
    }
}
