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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the signed records say, across visits: a knee-pain patient with a weak right hip is evaluated and
 * re-evaluated; each record leads with its findings in words, the comparison puts both visits side by side with
 * the change since the first and trend charts as images, and the printable report carries the patient, the
 * visit and the findings without the app around it. Then a patient with 20 signed assessments: the comparison
 * and the patient page are timed over HTTP.
 */
@ExtendWith(SharedServer.class)
class FindingsAndComparisonIT {

    private static final Pattern ROW =
            Pattern.compile("<tr[^>]*>\\s*<th scope=\"row\"[^>]*>(.*?)</th>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);
    private static final Pattern IMG = Pattern.compile("<img\\b([^>]*)>");

    static Map<String, String> initialEvaluation(LocalDate visit) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("visitDate", visit.toString());
        v.put("subjective.complaint", "Right anterior knee pain on stairs and after running");
        v.put("subjective.pain_now", "6");
        v.put("subjective.pain_worst", "8");
        v.put("subjective.aggravating.stairs", "true");
        v.put("subjective.aggravating.running", "true");
        v.put("strength.body_weight_kg", "70");
        v.put("strength.force_unit", "n");
        v.put("strength.hip_abductors.right.grade", "3+");
        v.put("strength.hip_abductors.left.grade", "5");
        v.put("strength.hip_abductors.right.force", "120");
        v.put("strength.hip_abductors.left.force", "150");
        v.put("rom.hip_extension.right.active", "10");
        v.put("rom.hip_extension.left.active", "25");
        v.put("gait.pelvic_drop.right", "moderate");
        v.put("gait.step_down.right.tested", "true");
        v.put("gait.step_down.right.pelvis", "true");
        v.put("gait.step_down.right.knee", "2");
        v.putAll(AssessmentSite.lefsAll(2));
        v.put("plan.assessment", "Patellofemoral pain with right hip abductor weakness.");
        v.put("plan.plan", "Hip abductor strengthening, step-down practice.");
        return v;
    }

    static Map<String, String> reEvaluation(LocalDate visit) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("visitDate", visit.toString());
        v.put("subjective.pain_now", "3");
        v.put("subjective.pain_worst", "5");
        v.put("strength.body_weight_kg", "70");
        v.put("strength.force_unit", "n");
        v.put("strength.hip_abductors.right.grade", "4+");
        v.put("strength.hip_abductors.left.grade", "5");
        v.put("strength.hip_abductors.right.force", "140");
        v.put("strength.hip_abductors.left.force", "150");
        v.put("rom.hip_extension.right.active", "18");
        v.put("rom.hip_extension.left.active", "25");
        v.put("gait.pelvic_drop.right", "mild");
        int[] answers = new int[20];
        java.util.Arrays.fill(answers, 3);
        answers[19] = 4; // 19 x 3 + 4 = 61, 21 more than 40
        v.putAll(AssessmentSite.lefs(answers));
        v.put("plan.assessment", "Better: pain and function up.");
        return v;
    }

    @Test
    void recordsComparisonAndReportSayWhatWasFound(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "findings");
        WebClient client = therapist.client();
        long patientId = Patients.register(client, "Fiona", "Findings");
        LocalDate firstVisit = AssessmentSite.today().minusDays(28);
        LocalDate secondVisit = AssessmentSite.today().minusDays(1);
        long first = AssessmentSite.finalized(client, patientId, initialEvaluation(firstVisit));
        long second = AssessmentSite.finalized(client, patientId, reEvaluation(secondVisit));

        Page firstRecord = AssessmentSite.page(client, first);
        List<String> f1 = AssessmentSite.findings(firstRecord);
        assertAll(
                "findings of the initial evaluation: " + f1,
                () -> assertTrue(f1.contains("Pain 6/10 now, worst 8/10"), "pain"),
                () -> assertTrue(f1.contains("LEFS 40/80 (50% of maximal function)"), "LEFS"),
                () -> assertTrue(f1.contains("Hip abduction: right 3+/5, left 5/5"), "grades"),
                () -> assertTrue(
                        f1.stream()
                                .anyMatch(s ->
                                        s.startsWith("Hip abduction force: right 80% of left (right 17.5%, left 21.")
                                                && s.endsWith("% of body weight)")),
                        "force symmetry with % body weight"),
                () -> assertTrue(
                        f1.contains("Hip extension: right 10\u00B0, left 25\u00B0 (15\u00B0 less on the right)"),
                        "range of motion: normal for the age, but short of the other side"),
                () -> assertTrue(f1.contains("Pelvic drop (right stance): moderate"), "pelvic drop"),
                () -> assertTrue(
                        f1.contains(
                                "Lateral step-down (right): 3/6, moderate (pelvis not level, knee medial to the foot)"),
                        "step-down"),
                () -> assertTrue(f1.get(0).startsWith("Lateral step-down (right)"), "movement control first"),
                () -> assertTrue(
                        f1.indexOf("Hip abduction: right 3+/5, left 5/5")
                                < f1.indexOf("LEFS 40/80 (50% of maximal function)"),
                        "flags before notes"),
                () -> assertFalse(
                        f1.stream().anyMatch(s -> s.contains("clinically important")), "no change on the first"));
        assertTrue(firstRecord.contains("finding--flag"), "weaknesses are flagged");

        Page secondRecord = AssessmentSite.page(client, second);
        List<String> f2 = AssessmentSite.findings(secondRecord);
        assertAll(
                "findings of the re-evaluation: " + f2,
                () -> assertTrue(
                        f2.contains(
                                "Pain 3/10 now, worst 5/10; now down 3 points from 6/10: clinically important change"),
                        "pain"),
                () -> assertTrue(
                        f2.contains(
                                "LEFS 61/80 (76.3% of maximal function), up 21 points from 40/80: clinically important change"),
                        "LEFS change"),
                () -> assertTrue(f2.contains("Hip abduction: right 4+/5, left 5/5"), "grades"),
                () -> assertFalse(
                        f2.stream().anyMatch(s -> s.startsWith("Hip extension:")),
                        "18\u00B0 vs 25\u00B0 is within 10\u00B0"),
                () -> assertTrue(f2.contains("Pelvic drop (right stance): mild"), "pelvic drop"),
                () -> assertFalse(
                        f2.stream().anyMatch(s -> s.startsWith("Hip abduction force")), "93% of left is not flagged"));

        // the comparison
        Page comparison = client.get("/patients/" + patientId + "/assessments/comparison");
        assertEquals(200, comparison.status(), comparison.body());
        PageAssertions.assertInLayout(comparison);
        PageAssertions.assertNoInternals(comparison);
        assertTrue(comparison.contains("2 assessments, oldest first."), comparison.body());
        assertTrue(
                comparison.body().indexOf(">" + AssessmentSite.displayDate(firstVisit) + "<")
                                < comparison.body().indexOf(">" + AssessmentSite.displayDate(secondVisit) + "<")
                        && comparison.contains(">" + AssessmentSite.displayDate(firstVisit) + "<"),
                "both visits, oldest first");
        assertTrue(comparison.contains("href=\"/assessments/" + first + "\"")
                && comparison.contains("href=\"/assessments/" + second + "\""));
        assertTrue(comparison.contains(">Change<"));
        Map<String, List<String>> rows = rows(comparison);
        assertAll(
                "the table: " + rows,
                () -> assertEquals(List.of("6", "3", "\u22123"), rows.get("Pain now")),
                () -> assertEquals(List.of("8", "5", "\u22123"), rows.get("Pain at worst")),
                () -> assertEquals(
                        List.of("40", "61", "+21 (clinically important improvement)"),
                        rows.get("LEFS total (0\u201380)"),
                        "up 21 points, beyond the LEFS's 9-point MCID: marked"),
                () -> assertEquals(List.of("3+", "4+", "3+ \u2192 4+"), rows.get("Hip abductors, Right")),
                () -> assertEquals(List.of("5", "5", "="), rows.get("Hip abductors, Left")),
                () -> assertEquals(
                        List.of("120", "140", "+20"),
                        rows.get("Hip abductors, Right force (N)"),
                        "one change column for two visits"),
                () -> assertEquals(
                        List.of("80", "93.3", "+13.3"),
                        rows.get("Hip abductors: force symmetry, right (affected) as % of left")),
                () -> assertEquals(List.of("10", "18", "+8"), rows.get("Hip extension, Right (lower limit 4\u00B0)")),
                () -> assertEquals(
                        List.of("3", "\u2013", ""), rows.get("Lateral step-down, Right (0\u20136, lower is better)")),
                () -> assertEquals(
                        List.of("Moderate", "Mild", "Moderate \u2192 Mild"),
                        rows.get("Pelvic drop / Trendelenburg gait, Right stance")));
        assertFalse(comparison.contains("Change since first"), "two visits: one change column");
        Matcher wrap = Pattern.compile("<div class=\"table-wrap\"([^>]*)>").matcher(comparison.body());
        assertTrue(wrap.find(), "the table's wrapper");
        String wrapper = wrap.group(1);
        assertTrue(
                wrapper.contains("tabindex=\"0\"")
                        && wrapper.contains("role=\"region\"")
                        && wrapper.matches("(?s).*aria-label=\"[^\"]+\".*")
                        && wrapper.contains("aria-describedby=\"comparison-scroll-hint\"")
                        && comparison.contains("id=\"comparison-scroll-hint\""),
                "the scrolling table is focusable, labelled and says it scrolls: " + wrapper);

        List<Map<String, String>> images = images(comparison);
        assertTrue(images.size() >= 3, "charts of pain, LEFS, grades, range of motion: " + images.size());
        for (Map<String, String> img : images) {
            String src = WebClient.unescape(img.get("src"));
            assertTrue(
                    src.startsWith("data:image/svg+xml"),
                    "a chart drawn on the page: " + src.substring(0, Math.min(40, src.length())));
            assertFalse(img.getOrDefault("alt", "").isBlank(), "a chart says in words what it shows: " + img);
            String svg = src.contains(";base64,")
                    ? new String(
                            Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), StandardCharsets.UTF_8)
                    : java.net.URLDecoder.decode(src.substring(src.indexOf(',') + 1), StandardCharsets.UTF_8);
            assertTrue(
                    svg.contains("<svg") && svg.contains("</svg>"),
                    "an SVG picture: " + svg.substring(0, Math.min(80, svg.length())));
            assertFalse(svg.contains("<script") || svg.contains("style="), "nothing the page's policy would refuse");
        }
        List<String> captions = captions(comparison);
        assertEquals(images.size(), captions.size(), "each chart has its caption");
        assertTrue(
                captions.containsAll(List.of("Pain", "LEFS", "Hip abductors: muscle grade", "Hip extension")),
                captions.toString());
        String lefsAlt = WebClient.unescape(images.get(captions.indexOf("LEFS")).get("alt"));
        assertTrue(
                lefsAlt.contains("40") && lefsAlt.contains("61") && lefsAlt.contains("+21"),
                "the LEFS chart in words: " + lefsAlt);
        assertTrue(
                comparison.header("Content-Security-Policy").orElse("").matches("(?s).*img-src[^;]*data:.*"),
                "the policy lets data: images show");

        // the printable report
        Page report = client.get("/assessments/" + first + "/report");
        assertEquals(200, report.status(), report.body());
        PageAssertions.assertNoInternals(report);
        assertEquals("Physical therapy assessment", report.heading());
        assertTrue(report.contains("Fiona") && report.contains("Findings"), "the patient's name");
        assertTrue(report.contains(AssessmentSite.displayDate(firstVisit)), "the visit date");
        assertTrue(report.contains("1984") || report.contains("17 May 1984"), "the date of birth");
        List<String> reported = AssessmentSite.findings(report);
        assertEquals(f1, reported, "the report carries the record's findings");
        assertTrue(report.contains("Finalized and signed by " + therapist.fullName()), "signed");
        assertTrue(
                report.body().matches("(?s).*<p class=\"[^\"]*\\bback-link\\b[^\"]*\\bscreen-only\\b[^\"]*\">.*")
                        || report.body()
                                .matches("(?s).*<p class=\"[^\"]*\\bscreen-only\\b[^\"]*\\bback-link\\b[^\"]*\">.*"),
                "the way back is for the screen only");
        assertTrue(
                report.body().matches("(?s).*class=\"[^\"]*\\bscreen-only\\b[^\"]*\\bnotice\\b[^\"]*\">[^<]*Print.*"),
                "the print hint is for the screen only");
        String main = between(report.body(), "<main", "</main>");
        assertFalse(main.contains("<form"), "no form in the report");
        assertFalse(main.contains("Compare visits"), "no buttons of the record page in the report");
        assertFalse(main.contains("main-nav"), "no navigation inside the report");
        String css = client.download("/static/css/gaitway.css").text();
        assertTrue(
                printRules(css).matches("(?s).*\\.screen-only\\s*\\{\\s*display:\\s*none.*"),
                "screen-only parts do not print");
        assertTrue(
                printRules(css).matches("(?s).*\\.site-header\\b[^{]*\\{\\s*display:\\s*none.*"),
                "the header with the navigation does not print");
        assertTrue(printRules(css).matches("(?s).*\\.site-footer\\b[^{]*\\{\\s*display:\\s*none.*"), "nor the footer");
    }

    @Test
    void aPatientWithTwentySignedAssessmentsIsComparedAndShownQuickly(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "measure");
        WebClient client = therapist.client();
        long patientId = Patients.register(client, "Maud", "Manyvisits");
        LocalDate start = AssessmentSite.today().minusWeeks(20);
        long created = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            Map<String, String> v = i == 0 ? initialEvaluation(start) : reEvaluation(start.plusWeeks(i));
            v.put("subjective.pain_now", String.valueOf(Math.max(0, 7 - i / 3)));
            v.put("rom.hip_extension.right.active", String.valueOf(10 + i / 2));
            v.put("strength.hip_abductors.right.force", String.valueOf(110 + 2 * i));
            v.put("rom.knee_flexion.right.active", String.valueOf(120 + i));
            v.put("strength.knee_extensors.right.grade", i < 10 ? "4" : "5");
            v.put("strength.knee_extensors.left.grade", "5");
            AssessmentSite.finalized(client, patientId, v);
        }
        System.out.printf(
                "Created 20 signed assessments over HTTP in %d ms%n", (System.nanoTime() - created) / 1_000_000);
        assertEquals(20, AssessmentSite.assessmentsOf(server, patientId));

        Page comparison = client.get("/patients/" + patientId + "/assessments/comparison");
        assertEquals(200, comparison.status());
        assertTrue(comparison.contains("20 assessments, oldest first."));
        assertTrue(images(comparison).size() >= 3);
        Page patient = client.get("/patients/" + patientId);
        assertEquals(200, patient.status());
        assertTrue(patient.contains("Compare visits"));

        Timing comparisonTiming = time(client, "/patients/" + patientId + "/assessments/comparison");
        Timing patientTiming = time(client, "/patients/" + patientId);
        System.out.println("MEASURED comparison page (20 assessments): " + comparisonTiming);
        System.out.println("MEASURED patient page (20 assessments): " + patientTiming);
        assertTrue(comparisonTiming.median() < 1500, "comparison median " + comparisonTiming);
        assertTrue(patientTiming.median() < 1500, "patient page median " + patientTiming);
    }

    @Test
    void aChartsTextAlternativeReadsEachValueWithItsUnitNotWithTheScale(GaitwayServer server) {
        Therapist therapist = Therapists.ofNewClinic(server, "chart-alt");
        WebClient client = therapist.client();
        long patientId = Patients.register(client, "Alta", "Textalternative");
        AssessmentSite.finalized(
                client, patientId, initialEvaluation(AssessmentSite.today().minusDays(14)));
        AssessmentSite.finalized(client, patientId, reEvaluation(AssessmentSite.today()));
        Page comparison = client.get("/patients/" + patientId + "/assessments/comparison");
        List<String> captions = captions(comparison);
        List<Map<String, String>> images = images(comparison);
        String pain = WebClient.unescape(images.get(captions.indexOf("Pain")).get("alt"));
        String lefs = WebClient.unescape(images.get(captions.indexOf("LEFS")).get("alt"));
        // a screen reader reads the alt text aloud: "6 0–10" is heard as "six zero to ten", "change −3 0–10" as a range
        assertAll(
                "the scale (0–10, 0–80) is not a unit to repeat after every value",
                () -> assertFalse(pain.matches("(?s).*\\d 0\u201310.*"), "pain: " + pain),
                () -> assertFalse(lefs.matches("(?s).*\\d 0\u201380.*"), "LEFS: " + lefs));
    }

    /** The captions of the comparison's charts, in order. */
    static List<String> captions(Page page) {
        List<String> captions = new ArrayList<>();
        Matcher m = Pattern.compile("<figcaption>(.*?)</figcaption>", Pattern.DOTALL)
                .matcher(page.body());
        while (m.find()) {
            captions.add(AssessmentSite.text(m.group(1)));
        }
        return captions;
    }

    record Timing(long median, long max, List<Long> runs) {
        @Override
        public String toString() {
            return "median " + median + " ms, max " + max + " ms, runs " + runs;
        }
    }

    private static Timing time(WebClient client, String path) {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, client.get(path).status());
        }
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            Page page = client.get(path);
            runs.add((System.nanoTime() - t) / 1_000_000);
            assertEquals(200, page.status());
        }
        List<Long> sorted = new ArrayList<>(runs);
        sorted.sort(null);
        return new Timing((sorted.get(4) + sorted.get(5)) / 2, sorted.get(9), runs);
    }

    /** The comparison table: the row's label → its cells (each visit, then change since first, since previous). */
    static Map<String, List<String>> rows(Page page) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Matcher table = Pattern.compile("<table class=\"comparison-table\">(.*?)</table>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(table.find(), "no comparison table:\n" + page.body());
        Matcher row = ROW.matcher(table.group(1));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.add(AssessmentSite.text(cell.group(1)));
            }
            rows.put(AssessmentSite.text(row.group(1)), cells);
        }
        return rows;
    }

    static List<Map<String, String>> images(Page page) {
        Matcher charts = Pattern.compile("<section class=\"charts\"[^>]*>(.*?)</section>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(charts.find(), "no charts on the page");
        List<Map<String, String>> images = new ArrayList<>();
        Matcher img = IMG.matcher(charts.group(1));
        while (img.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = Pattern.compile("([a-z-]+)=\"([^\"]*)\"").matcher(img.group(1));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2));
            }
            images.add(attributes);
        }
        return images;
    }

    /** The rules inside every @media print block of a style sheet. */
    static String printRules(String css) {
        StringBuilder rules = new StringBuilder();
        int at = css.indexOf("@media print");
        while (at >= 0) {
            int open = css.indexOf('{', at);
            int depth = 0;
            int i = open;
            for (; i < css.length(); i++) {
                if (css.charAt(i) == '{') {
                    depth++;
                } else if (css.charAt(i) == '}' && --depth == 0) {
                    break;
                }
            }
            rules.append(css, open + 1, i).append('\n');
            at = css.indexOf("@media print", i);
        }
        assertNotNull(rules);
        return rules.toString();
    }

    private static String between(String text, String from, String to) {
        int a = text.indexOf(from);
        int b = text.indexOf(to, a);
        assertTrue(a >= 0 && b > a, "no " + from);
        return text.substring(a, b);
    }
}
