package app.gaitway.programs;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.ProgramSeed;
import app.gaitway.testdata.ProgramSeed.Item;
import app.gaitway.testdata.ProgramSeed.Logged;
import app.gaitway.testdata.ProgramSeed.Version;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageTimings;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.SqlStatements;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How fast the program pages answer in a clinic with thousands of programs, over real HTTP: the patient page (its
 * programs and the adherence of each), a program page, an old version of it, the builder for its next version,
 * the builder for a new program, and the patient's own link page.
 *
 * <p>The clinic, one patient and her three programs are made through the application (the main program with 8
 * exercises, its patient link created from its page); then, straight into the database over JDBC in batches, 24
 * more versions of the main program (one exercise's sets changed in each), about 1,500 entries the patient logged
 * over the last 60 days, and 2,000 more patients each with a program of 2 versions of 6 exercises (24,000 items),
 * most with a link and 20 logged entries. Each page is measured after warm-up; the test prints median and maximum,
 * checks every answer against the seeded rows, and (on H2) counts the SQL statements one request runs, beside the
 * same page of a seeded patient with one small program, so a count that grows with the data shows up as an N+1.
 */
@ExtendWith(SharedServer.class)
class ProgramPagesPerformanceIT {

    private static final int PATIENTS = 2_000;
    private static final int ITEMS_PER_SEEDED_VERSION = 6;
    private static final int LOGS_PER_SEEDED_PROGRAM = 20;
    private static final int VERSIONS = 25;
    private static final int LOGGED_DAYS = 60;
    private static final int OLD_VERSION = 3;
    private static final long MEDIAN_LIMIT_MS = 1_500;
    private static final String LAST_PHONE = "555 0177";

    /** The main program's exercises, by slug (given 3 and 4 times a day in turn, every day). */
    private static final List<String> MAIN = List.of(
            "clamshell",
            "hip-bridge",
            "calf-raise",
            "mini-squat",
            "sit-to-stand",
            "side-lying-hip-abduction",
            "bird-dog",
            "fire-hydrant");

    /** A page to measure and what it should show (checked on the first measured answer). */
    private record Measured(String path, Consumer<Page> check) {}

    @Test
    void theProgramPagesOfAClinicWithThousandsOfProgramsAnswerQuickly(GaitwayServer server) throws SQLException {
        Therapist t = Therapists.ofNewClinic(server, "programs-performance");
        WebClient c = t.client();

        // --- through the application: the patient, her three programs, the main program's link ---
        long started = System.nanoTime();
        long patientId = Patients.register(c, "Vera", "Target");
        List<Long> mainIds = new ArrayList<>();
        List<Long> otherIds = new ArrayList<>();
        try (Connection db = server.openDatabase()) {
            for (String slug : MAIN) {
                mainIds.add(ProgramSeed.idOf(db, slug));
            }
            for (String slug :
                    List.of("monster-walk", "lateral-step-down", "hip-thrust", "quad-set", "seated-knee-extension")) {
                otherIds.add(ProgramSeed.idOf(db, slug));
            }
        }
        List<ProgramSite.Item> given = new ArrayList<>();
        for (int i = 0; i < mainIds.size(); i++) {
            given.add(ProgramSite.item(mainIds.get(i), "timesPerDay", i % 2 == 0 ? "3" : "4", "daysPerWeek", "7"));
        }
        String mainTitle = "Knee pain: strength and control";
        long main = ProgramSite.create(c, patientId, mainTitle, given);
        long second = ProgramSite.create(
                c,
                patientId,
                "Ankle: balance",
                otherIds.subList(0, 3).stream().map(id -> ProgramSite.item(id)).toList());
        assertEquals(
                303,
                ProgramSite.saveNextVersion(c, second, Map.of(ProgramSite.field(0, "sets"), "4"))
                        .status());
        long third = ProgramSite.create(
                c,
                patientId,
                "Quadriceps after surgery",
                otherIds.subList(3, 5).stream().map(id -> ProgramSite.item(id)).toList());
        assertEquals(
                303,
                ProgramSite.saveNextVersion(c, third, Map.of("clinicPhone", LAST_PHONE))
                        .status());

        Page answer = c.submit(ProgramSite.path(main), ProgramSite.path(main) + "/link", Map.of("days", "180"));
        Page created = c.get(answer.location());
        assertEquals(200, created.status(), created.body());
        Matcher secretLink =
                Pattern.compile("<p class=\"link-secret\"><a href=\"([^\"]+)\"").matcher(created.body());
        assertTrue(secretLink.find(), "no link on the page:\n" + created.body());
        String linkPath = WebClient.unescape(secretLink.group(1));
        long throughApp = (System.nanoTime() - started) / 1_000_000;

        // --- straight into the database ---
        started = System.nanoTime();
        LocalDate today = LocalDate.now();
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        List<List<Item>> versions = new ArrayList<>();
        List<Logged> mainLog;
        ProgramSeed.Bulk bulk;
        try (Connection db = server.openDatabase()) {
            db.setAutoCommit(false);
            List<Item> first = ProgramSeed.items(db, main, 1);
            assertEquals(mainIds, first.stream().map(i -> i.exercise().id()).toList());
            versions.add(first);
            OffsetDateTime firstSaved = now.minusDays(LOGGED_DAYS + 2);
            ProgramSeed.backdateFirstVersion(db, main, firstSaved);
            List<Version> more = new ArrayList<>();
            for (int n = 2; n <= VERSIONS; n++) {
                List<Item> items = new ArrayList<>(versions.get(versions.size() - 1));
                int at = (n - 2) % items.size();
                Item before = items.get(at);
                int sets = before.sets() == 5 ? 2 : before.sets() + 1;
                items.set(at, before.withSets(sets));
                versions.add(List.copyOf(items));
                more.add(new Version(
                        n,
                        firstSaved.plusHours(60L * (n - 1)),
                        before.exercise().name() + ": " + before.sets() + " \u2192 " + sets + " sets.",
                        items));
            }
            ProgramSeed.addVersions(db, main, more);
            List<LocalDate> inForceFrom = new ArrayList<>();
            inForceFrom.add(firstSaved.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate());
            more.forEach(v -> inForceFrom.add(
                    v.savedAt().atZoneSameInstant(ZoneId.systemDefault()).toLocalDate()));
            mainLog = patientLog(first, inForceFrom, today, now);
            ProgramSeed.log(db, main, ProgramSeed.activeLink(db, main), mainLog);

            bulk = ProgramSeed.patientsWithPrograms(
                    db,
                    t.clinicId(),
                    ProgramSeed.author(db, main),
                    ProgramSeed.builtIn(db),
                    first.get(0).dosage(),
                    PATIENTS,
                    ITEMS_PER_SEEDED_VERSION,
                    LOGS_PER_SEEDED_PROGRAM);
            db.commit();
        }
        long seeded = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                Locale.ROOT,
                "ProgramPagesPerformanceIT: made through the application in %d ms; seeded %d more"
                        + " versions and %,d log entries of the main program, and %,d patients with %,d programs,"
                        + " %,d versions, %,d items, %,d links and %,d log entries in %d ms%n",
                throughApp,
                VERSIONS - 1,
                mainLog.size(),
                bulk.patientIds().size(),
                bulk.programIds().size(),
                bulk.versions(),
                bulk.items(),
                bulk.links(),
                bulk.logged(),
                seeded);
        assertEquals(PATIENTS * 2 * ITEMS_PER_SEEDED_VERSION, bulk.items());

        // --- what each page should show ---
        List<Item> latest = versions.get(VERSIONS - 1);
        List<Item> old = versions.get(OLD_VERSION - 1);
        List<String> names = latest.stream().map(i -> i.exercise().name()).toList();
        List<String> summaries = new ArrayList<>();
        try (Connection db = server.openDatabase();
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT change_summary FROM program_version WHERE program_id = " + main
                        + " ORDER BY number DESC")) {
            while (r.next()) {
                summaries.add(r.getString(1));
            }
        }
        assertEquals(VERSIONS, summaries.size());
        long smallPatient = bulk.patientIds().get(0);
        long smallProgram = bulk.programIds().get(0);
        WebClient patient = new WebClient(server);

        Map<String, Measured> pages = new LinkedHashMap<>();
        pages.put("patient page (3 programs, adherence)", new Measured("/patients/" + patientId, page -> {
            List<String> listed = ProgramSite.onPatientPage(page);
            assertEquals(3, listed.size(), listed.toString());
            assertTrue(
                    listed.get(0).startsWith("Quadriceps after surgery Active 2 exercises \u00b7 version 2, saved"),
                    listed.get(0));
            assertTrue(
                    listed.get(1).startsWith("Ankle: balance Active 3 exercises \u00b7 version 2, saved"),
                    listed.get(1));
            assertTrue(
                    listed.get(2).startsWith(mainTitle + " Active 8 exercises \u00b7 version 25, saved"),
                    listed.get(2));
            assertEquals(
                    3,
                    count(page.body(), "<section class=\"card adherence\""),
                    "an adherence report per running program");
            assertEquals(expectedAdherence(latest, mainLog, today), adherence(page, main));
        }));
        pages.put("program page (25 versions)", new Measured(ProgramSite.path(main), page -> {
            assertEquals(mainTitle, page.heading());
            assertTrue(page.contains("Exercises (8)"));
            assertEquals(names, ProgramSite.itemNames(page));
            assertEquals(sets(latest), amounts(page));
            List<ProgramSite.HistoryEntry> history = ProgramSite.history(page);
            assertEquals(VERSIONS, history.size());
            assertEquals(25, history.get(0).number());
            assertEquals(1, history.get(VERSIONS - 1).number());
            assertEquals(
                    summaries,
                    history.stream().map(ProgramSite.HistoryEntry::summary).toList());
            String links = first(page.body(), "<ul class=\"plain-list link-list\">(.*?)</ul>");
            assertEquals(
                    List.of("Active"), all(links, "<span class=\"badge[^\"]*\">(.*?)</span>"), "the patient's link");
        }));
        pages.put("old version " + OLD_VERSION, new Measured(ProgramSite.versionPath(main, OLD_VERSION), page -> {
            assertTrue(
                    ProgramSite.notices(page)
                            .contains("You are looking at version 3; the latest is version 25. See the latest version"),
                    ProgramSite.notices(page).toString());
            assertEquals(names, ProgramSite.itemNames(page));
            assertEquals(sets(old), amounts(page));
            assertEquals(VERSIONS, ProgramSite.history(page).size());
        }));
        pages.put("builder, next version", new Measured(ProgramSite.editPath(main), page -> {
            assertEquals("Change the program (will be version 26)", page.heading());
            Form form = ProgramSite.builderForm(page);
            assertEquals(mainIds, ProgramSite.exerciseIds(form));
            List<Integer> shownSets = new ArrayList<>();
            for (int i = 0; i < latest.size(); i++) {
                shownSets.add(Integer.parseInt(form.get(ProgramSite.field(i, "sets"))));
            }
            assertEquals(latest.stream().map(Item::sets).toList(), shownSets);
            assertEquals(names, ProgramSite.builderItemNames(page));
        }));
        pages.put("builder, new program", new Measured(ProgramSite.newProgramPath(patientId), page -> {
            assertEquals("New home program for Vera Target", page.heading());
            Form form = ProgramSite.builderForm(page);
            assertEquals(List.of(), ProgramSite.exerciseIds(form));
            assertEquals(LAST_PHONE, form.get("clinicPhone"), "the phone the clinic gave last");
            assertFalse(ProgramSite.builderTemplates(page).isEmpty(), "the templates to start from");
            assertTrue(
                    page.contains("No assessment yet: suggestions appear once the patient has one."),
                    "no suggestions yet");
        }));
        pages.put("patient's link page", new Measured(linkPath, page -> {
            List<String> shown = new ArrayList<>();
            Matcher h3 = Pattern.compile("<article class=\"p-card p-exercise\"[^>]*>\\s*<h3>(.*?)</h3>", Pattern.DOTALL)
                    .matcher(page.body());
            while (h3.find()) {
                shown.add(AssessmentSite.text(h3.group(1)));
            }
            List<String> numbered = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                numbered.add((i + 1) + ". " + names.get(i));
            }
            assertEquals(numbered, shown);
            assertEquals("For Vera", AssessmentSite.text(first(page.body(), "<p class=\"p-for\">(.*?)</p>")));
            assertTrue(AssessmentSite.text(first(page.body(), "<p class=\"p-muted\">(.*?)</p>"))
                    .startsWith("Version 25, updated"));
            assertEquals(
                    "3 of 8 exercises done today",
                    AssessmentSite.text(first(page.body(), "<h2 id=\"today-heading\">(.*?)</h2>")));
            List<String> amounts = new ArrayList<>();
            Matcher amount = Pattern.compile("<p class=\"p-amount\">(.*?)</p>", Pattern.DOTALL)
                    .matcher(page.body());
            while (amount.find()) {
                amounts.add(AssessmentSite.text(amount.group(1)).replaceFirst(" .*", ""));
            }
            assertEquals(sets(latest), amounts);
        }));

        PageTimings timings = new PageTimings();
        pages.forEach(
                (what, m) -> timings.measure(what, m.path().startsWith("/p/") ? patient : c, m.path(), m.check()));

        // --- SQL statements of one request, beside the same page of a patient with one small program (H2 only) ---
        Map<String, String> reference = Map.of(
                "patient page (3 programs, adherence)",
                "/patients/" + smallPatient,
                "program page (25 versions)",
                ProgramSite.path(smallProgram),
                "old version " + OLD_VERSION,
                ProgramSite.versionPath(smallProgram, 1),
                "builder, next version",
                ProgramSite.editPath(smallProgram),
                "builder, new program",
                ProgramSite.newProgramPath(smallPatient));
        Map<String, String> queries = new LinkedHashMap<>();
        StringBuilder slowest = new StringBuilder();
        for (Map.Entry<String, Measured> e : pages.entrySet()) {
            WebClient client = e.getValue().path().startsWith("/p/") ? patient : c;
            SqlStatements.Counted big =
                    PageTimings.statements(server, client, e.getValue().path());
            if (big == null) {
                break;
            }
            String ref = reference.get(e.getKey());
            SqlStatements.Counted small = ref == null ? null : PageTimings.statements(server, client, ref);
            queries.put(e.getKey(), big.summary() + (small == null ? "" : "   small: " + small.summary()));
            slowest.append(String.format(Locale.ROOT, "  %s%n", e.getKey()));
            big.slowest().forEach(line -> slowest.append("      ").append(line).append('\n'));
        }

        StringBuilder report = new StringBuilder(timings.report(String.format(
                Locale.ROOT,
                "Program pages performance: %,d patients and %,d programs in the clinic",
                PATIENTS + 1,
                PATIENTS + 3)));
        report.append(String.format(
                Locale.ROOT,
                "  main program: %d exercises, %d versions, %,d log entries over %d days%n",
                names.size(),
                VERSIONS,
                mainLog.size(),
                LOGGED_DAYS));
        if (!queries.isEmpty()) {
            report.append(String.format(
                    Locale.ROOT,
                    "  SQL statements per request (selects / writes / commits, mean of %d),"
                            + " and of the same page for a seeded patient with one program of 2 versions x 6 exercises:%n",
                    PageTimings.SQL_SAMPLES));
            queries.forEach((what, q) -> report.append(String.format(Locale.ROOT, "  %-40s %s%n", what, q)));
            report.append(String.format(
                            Locale.ROOT,
                            "  Slowest statements of each page (ms and executions over %d requests):%n",
                            PageTimings.SQL_SAMPLES))
                    .append(slowest);
        }
        System.out.println(report);
        timings.assertMediansBelow(MEDIAN_LIMIT_MS);
    }

    // --- the main program's log ---

    /**
     * About 1,500 entries over the last 60 days: on most days each exercise as often as prescribed, on some once
     * less, on a few not at all or once more (a tap that does not count); every 23rd entry removed by the patient;
     * today the first three exercises done in full.
     */
    private static List<Logged> patientLog(
            List<Item> items, List<LocalDate> inForceFrom, LocalDate today, OffsetDateTime now) {
        Random random = new Random(20260315);
        List<Logged> log = new ArrayList<>();
        for (int ago = LOGGED_DAYS; ago >= 1; ago--) {
            LocalDate day = today.minusDays(ago);
            int version = versionOn(inForceFrom, day);
            for (int p = 0; p < items.size(); p++) {
                int perDay = items.get(p).timesPerDay();
                int r = random.nextInt(100);
                int times = r < 70 ? perDay : r < 85 ? perDay - 1 : r < 92 ? 0 : perDay + 1;
                for (int k = 0; k < times; k++) {
                    boolean removed = (log.size() + 1) % 23 == 0;
                    Integer pain = k == 0 ? (ago + p) % 7 : null;
                    String felt = p == 5 && ago % 9 == 0 ? "TOO_HARD" : k % 3 == 1 ? "TOO_EASY" : "ABOUT_RIGHT";
                    log.add(new Logged(
                            items.get(p).exercise().id(),
                            items.get(p).exercise().name(),
                            version,
                            day,
                            pain,
                            felt,
                            day.atTime(7 + 4 * k, 15)
                                    .atZone(ZoneId.systemDefault())
                                    .toOffsetDateTime(),
                            removed));
                }
            }
        }
        for (int p = 0; p < 3; p++) {
            for (int k = 0; k < items.get(p).timesPerDay(); k++) {
                log.add(new Logged(
                        items.get(p).exercise().id(),
                        items.get(p).exercise().name(),
                        VERSIONS,
                        today,
                        2,
                        "ABOUT_RIGHT",
                        now.minusSeconds(10L * (items.size() - k)),
                        false));
            }
        }
        return log;
    }

    private static int versionOn(List<LocalDate> inForceFrom, LocalDate day) {
        int version = 1;
        for (int i = 0; i < inForceFrom.size(); i++) {
            if (!inForceFrom.get(i).isAfter(day)) {
                version = i + 1;
            }
        }
        return version;
    }

    /**
     * The adherence table as it should read, one line per exercise and one for the whole program: name, last 7
     * days, last 30 days ("X of Y sessions (P%)", and "Logged on D of 30 days"), today. Every exercise is prescribed
     * every day of both windows (7 days a week, since version 1 saved 62 days ago).
     */
    private static List<String> expectedAdherence(List<Item> items, List<Logged> log, LocalDate today) {
        List<String> lines = new ArrayList<>();
        for (Item item : items) {
            lines.add(line(item.exercise().name(), List.of(item), log, today));
        }
        lines.add(line("Whole program", items, log, today));
        return lines;
    }

    private static String line(String name, List<Item> items, List<Logged> log, LocalDate today) {
        int perDay = items.stream().mapToInt(Item::timesPerDay).sum();
        int[] week = window(log, items, today.minusDays(7), today.minusDays(1));
        int[] month = window(log, items, today.minusDays(30), today.minusDays(1));
        int now = window(log, items, today, today)[0];
        return name + " | " + sessions(week[0], 7 * perDay) + " | " + sessions(month[0], 30 * perDay) + " (logged on "
                + month[1] + " of 30 days) | "
                + (now == 0 ? "None logged yet" : now == 1 ? "1 session logged" : now + " sessions logged");
    }

    /**
     * Sessions that count in the days (of each exercise, at most the times a day prescribed) and the days with
     * any entry.
     */
    private static int[] window(List<Logged> log, List<Item> items, LocalDate from, LocalDate to) {
        int done = 0;
        int days = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            LocalDate day = d;
            long any = 0;
            for (Item item : items) {
                long entries = log.stream()
                        .filter(e -> !e.removed()
                                && e.exerciseId() == item.exercise().id()
                                && e.doneOn().equals(day))
                        .count();
                done += (int) Math.min(entries, item.timesPerDay());
                any += entries;
            }
            days += any > 0 ? 1 : 0;
        }
        return new int[] {done, days};
    }

    private static String sessions(int done, int due) {
        return done + " of " + due + " sessions (" + Math.min(100, done * 100 / due) + "%)";
    }

    /** The lines of a program's adherence table on the patient page (exercises, then the whole program), as {@link #line}. */
    private static List<String> adherence(Page page, long programId) {
        Matcher section = Pattern.compile(
                        "<section class=\"card adherence\" id=\"adherence-" + programId + "\".*?</section>",
                        Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(section.find(), "no adherence report of program " + programId);
        Matcher rows = Pattern.compile("<tbody>(.*?)</tbody>\\s*<tfoot>(.*?)</tfoot>", Pattern.DOTALL)
                .matcher(section.group());
        assertTrue(rows.find(), section.group());
        List<String> lines = new ArrayList<>();
        Matcher tr = Pattern.compile("<tr\\b[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(rows.group(1) + rows.group(2));
        while (tr.find()) {
            String row = tr.group(1);
            String name = AssessmentSite.text(first(row, "<th scope=\"row\">(.*?)</th>"));
            List<String> cells = all(row, "<div class=\"adherence-table__sessions\">(.*?)</div>");
            assertEquals(3, cells.size(), row);
            String logged =
                    all(row, "<div class=\"muted\">(Logged on .*?)</div>").get(1);
            lines.add(name + " | " + cells.get(0) + " | " + cells.get(1) + " ("
                    + logged.replace("Logged on", "logged on") + ") | " + cells.get(2));
        }
        return lines;
    }

    /** The number of sets each exercise is given, as the first word of its amount on the page. */
    private static List<String> sets(List<Item> items) {
        return items.stream().map(i -> String.valueOf(i.sets())).toList();
    }

    private static List<String> amounts(Page page) {
        return ProgramSite.items(page).stream()
                .map(i -> i.amount().replaceFirst(" .*", ""))
                .toList();
    }

    // --- reading pages ---

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "nothing matches " + regex);
        return m.group(1);
    }

    private static List<String> all(String html, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        while (m.find()) {
            found.add(AssessmentSite.text(m.group(1)));
        }
        return found;
    }

    private static int count(String html, String text) {
        int n = 0;
        for (int at = html.indexOf(text); at >= 0; at = html.indexOf(text, at + 1)) {
            n++;
        }
        return n;
    }
}
