package app.gaitway.worklist;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.testdata.Batches;
import app.gaitway.testdata.BulkPatients;
import app.gaitway.testdata.TestAccounts;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testdata.WorkListSeed;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageTimings;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.SqlStatements;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The home page of a clinic with 10,000 patients, over real HTTP: each patient with a program (a version, a link,
 * entries over the last 30 days), every 30th with an unsigned draft, half of it all the therapist's own and half a
 * colleague's. Rows are written straight into the database, set by set. The test checks each list's count against
 * the test's own count of the rows, measures the page after warm-up (median under {@value #MEDIAN_LIMIT_MS} ms), and
 * (on H2) counts the SQL statements a request runs: the same as for a clinic with a handful of rows, so nothing is
 * read row by row.
 */
@ExtendWith(SharedServer.class)
class WorkListPerformanceIT {

    private static final int PATIENTS = 10_000;
    private static final long MEDIAN_LIMIT_MS = 1_000;
    private static final int SQL_SAMPLES = PageTimings.SQL_SAMPLES;

    @Test
    void theHomePageOfAClinicWithTenThousandPatientsAnswersInTheSameFewQueries(GaitwayServer server)
            throws SQLException {
        Therapist me = Therapists.ofNewClinic(server, "worklist-performance");
        Therapist colleague = Therapists.colleagueOf(server, me, "worklist-performance-colleague");
        long myId = TestAccounts.idOf(server, me.email());
        long theirId = TestAccounts.idOf(server, colleague.email());
        LocalDate today = AssessmentSite.today();

        long started = System.nanoTime();
        Map<String, Long> seeded =
                seed(server, me.clinicId(), myId, me.fullName(), theirId, colleague.fullName(), today);
        System.out.printf(
                Locale.ROOT,
                "WorkListPerformanceIT: seeded %s in %d ms%n",
                seeded,
                (System.nanoTime() - started) / 1_000_000);
        assertEquals(PATIENTS, seeded.get("patients"));

        // the lists' counts, counted here another way (whole clinic; "own" is every even id, see seed)
        Map<String, Long> expected = new LinkedHashMap<>();
        long ownReviews;
        try (Connection db = server.openDatabase()) {
            long clinic = me.clinicId();
            expected.put(
                    "drafts",
                    Batches.number(
                            db, "SELECT COUNT(*) FROM assessment WHERE clinic_id = ? AND status = 'DRAFT'", clinic));
            expected.put(
                    "reviews",
                    Batches.number(
                            db,
                            "SELECT COUNT(*) FROM program p, program_version v WHERE p.clinic_id = ?"
                                    + " AND v.program_id = p.id AND p.status = 'ACTIVE' AND v.review_date <= CURRENT_DATE",
                            clinic));
            expected.put(
                    "links",
                    Batches.number(
                            db,
                            "SELECT COUNT(*) FROM patient_link l, program p WHERE l.clinic_id = ?"
                                    + " AND p.id = l.program_id AND p.status = 'ACTIVE' AND l.expires_at < ?",
                            clinic,
                            OffsetDateTime.now().plusDays(14)));
            ownReviews = Batches.number(
                    db,
                    "SELECT COUNT(*) FROM program p, program_version v WHERE p.clinic_id = ?"
                            + " AND v.program_id = p.id AND p.status = 'ACTIVE' AND v.review_date <= CURRENT_DATE"
                            + " AND v.therapist_id = ?",
                    clinic,
                    myId);
        }
        assertTrue(ownReviews > 0 && ownReviews < expected.get("reviews"), "the colleague has reviews due too");
        assertTrue(expected.values().stream().allMatch(n -> n > WorkListRules.ROWS_SHOWN), expected.toString());

        WebClient c = me.client();
        PageTimings timings = new PageTimings();
        timings.measure("home, whole clinic", c, "/?scope=clinic", page -> {
            for (Map.Entry<String, Long> e : expected.entrySet()) {
                String heading = WorkListPage.heading(page, e.getKey());
                assertTrue(
                        heading.endsWith("(" + e.getValue() + ")"),
                        e.getKey() + ": " + heading + ", expected " + e.getValue());
                assertEquals(
                        WorkListRules.ROWS_SHOWN,
                        WorkListPage.rows(page, e.getKey()).size(),
                        e.getKey());
                assertEquals(
                        "And " + (e.getValue() - WorkListRules.ROWS_SHOWN) + " more.",
                        WorkListPage.more(page, e.getKey()));
            }
            assertEquals(
                    WorkListRules.ROWS_SHOWN,
                    WorkListPage.rows(page, "reported").size());
            assertEquals(
                    WorkListRules.ROWS_SHOWN, WorkListPage.rows(page, "silent").size());
        });
        timings.measure("home, own", c, "/", page -> {
            assertTrue(
                    WorkListPage.heading(page, "reviews").endsWith("(" + ownReviews + ")"),
                    WorkListPage.heading(page, "reviews"));
            assertTrue(WorkListPage.rows(page, "drafts").stream().allMatch(r -> r.therapist() == null));
        });

        // a small clinic's home page, for the statement count
        Therapist small = Therapists.ofNewClinic(server, "worklist-performance-small");
        long smallId = TestAccounts.idOf(server, small.email());
        seedSmall(server, small.clinicId(), smallId, small.fullName(), today);

        SqlStatements.Counted big = PageTimings.statements(server, c, "/?scope=clinic");
        SqlStatements.Counted bigOwn = PageTimings.statements(server, c, "/");
        SqlStatements.Counted little = PageTimings.statements(server, small.client(), "/?scope=clinic");

        StringBuilder report = new StringBuilder(timings.report(
                String.format(Locale.ROOT, "Work list performance: %,d patients, %s", PATIENTS, expected)));
        if (big != null) {
            report.append(String.format(
                    Locale.ROOT,
                    "  SQL per request (selects / writes): 10,000 patients %.1f / %.1f,"
                            + " own %.1f / %.1f, small clinic %.1f / %.1f%n  slowest at 10,000:%n",
                    big.selectsPerRequest(),
                    big.writesPerRequest(),
                    bigOwn.selectsPerRequest(),
                    bigOwn.writesPerRequest(),
                    little.selectsPerRequest(),
                    little.writesPerRequest()));
            big.slowest().forEach(line -> report.append("    ").append(line).append('\n'));
        }
        System.out.println(report);

        if (big != null) {
            assertEquals(little.selects(), big.selects(), "statements do not grow with the clinic");
            assertEquals(little.selects(), bigOwn.selects());
            // the five lists, the signed-in user, and the audit trail's head: nothing per row
            assertTrue(big.selects() / SQL_SAMPLES <= 8, "selects per request: " + big.selectsPerRequest());
        }
        timings.assertMediansBelow(MEDIAN_LIMIT_MS);
    }

    // --- seeding, set by set ---

    /**
     * 10,000 patients; a program each (every 10th ended; every 25th due for review; even ids the therapist's own, odd
     * their colleague's); a link each (every 40th (those running) expiring within days); 10 entries over the last 30 days for every
     * program but each 7th (silent), with now and then pain 8 or "too hard"; a draft for every 30th patient.
     */
    private static Map<String, Long> seed(
            GaitwayServer server,
            long clinic,
            long me,
            String myName,
            long colleague,
            String colleagueName,
            LocalDate today)
            throws SQLException {
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        Map<String, Long> done = new LinkedHashMap<>();
        try (Connection db = server.openDatabase()) {
            db.setAutoCommit(false);
            BulkPatients.insert(
                    db,
                    clinic,
                    PATIENTS,
                    i -> new BulkPatients.Patient(
                            "Bulk" + i,
                            "Patient" + (char) ('a' + i % 26),
                            LocalDate.of(1940, 1, 1).plusDays(i * 3L),
                            "FEMALE",
                            null,
                            null,
                            null,
                            false,
                            now.minusMinutes(i),
                            now.minusDays(200),
                            now.minusMinutes(i)));
            done.put("patients", Batches.number(db, "SELECT COUNT(*) FROM patient WHERE clinic_id = ?", clinic));
            done.put(
                    "programs",
                    Batches.update(db, """
                    INSERT INTO program (clinic_id, patient_id, title, latest_version, status, ended_on, version,
                        created_at, created_by, updated_at, updated_by)
                    SELECT clinic_id, id, 'Knee pain: hip strength', 1,
                           CASE WHEN MOD(id, 10) = 0 THEN 'ENDED' ELSE 'ACTIVE' END,
                           CASE WHEN MOD(id, 10) = 0 THEN ? ELSE NULL END, 1, ?, ?, ?, ?
                    FROM patient WHERE clinic_id = ?""", today.minusDays(3), now.minusDays(60), me, now.minusDays(60), me, clinic));
            done.put(
                    "versions",
                    Batches.update(
                            db,
                            """
                    INSERT INTO program_version (program_id, number, title, instructions, start_date, review_date,
                        therapist_id, therapist_name, clinic_phone, change_summary, saved_at, saved_by, saved_by_name)
                    SELECT p.id, 1, p.title, 'Every day.', ?, CASE WHEN MOD(pt.id, 25) = 1 THEN ? ELSE ? END,
                           CASE WHEN MOD(pt.id, 2) = 0 THEN ? ELSE ? END, CASE WHEN MOD(pt.id, 2) = 0 THEN ? ELSE ? END,
                           '555 0100', 'First version.', ?, ?, ?
                    FROM program p JOIN patient pt ON pt.id = p.patient_id WHERE p.clinic_id = ?""",
                            today.minusDays(60),
                            today.minusDays(2),
                            today.plusDays(30),
                            me,
                            colleague,
                            myName,
                            colleagueName,
                            now.minusDays(60),
                            me,
                            myName,
                            clinic));
            done.put(
                    "links",
                    Batches.update(
                            db, """
                    INSERT INTO patient_link (clinic_id, program_id, secret_hash, hint, expires_at, version, created_at,
                        updated_at)
                    SELECT clinic_id, id, CONCAT('worklist-bulk-', CAST(id AS VARCHAR(20))), 'SEED',
                           CASE WHEN MOD(id, 40) = 3 THEN ? ELSE ? END, 0, ?, ?
                    FROM program WHERE clinic_id = ?""", now.plusDays(5), now.plusDays(120), now.minusDays(59), now.minusDays(59), clinic));
            StringJoiner days = new StringJoiner(", ");
            for (int n = 0; n < 10; n++) {
                days.add("(" + n + ", DATE '" + today.minusDays(n * 3L) + "')");
            }
            long exercise = Batches.number(db, "SELECT MIN(id) FROM exercise WHERE clinic_id IS NULL AND id > ?", 0);
            done.put("entries", Batches.update(db, """
                    INSERT INTO exercise_log (program_id, link_id, program_version, exercise_id, exercise_name, done_on,
                        pain, difficulty, logged_at, removed_at)
                    SELECT p.id, l.id, 1, ?, 'Clamshell', d.done_day,
                           CASE WHEN MOD(p.id + d.n, 97) = 0 THEN 8 ELSE 2 END,
                           CASE WHEN MOD(p.id + d.n, 89) = 0 THEN 'TOO_HARD' ELSE 'ABOUT_RIGHT' END, ?, NULL
                    FROM program p JOIN patient_link l ON l.program_id = p.id
                    CROSS JOIN (VALUES %s) AS d(n, done_day)
                    WHERE p.clinic_id = ? AND MOD(p.id, 7) <> 0""".formatted(days), exercise, now.minusHours(2), clinic));
            done.put(
                    "assessments",
                    Batches.update(
                            db,
                            """
                    INSERT INTO assessment (clinic_id, patient_id, visit_date, status, therapist_id, field_values,
                        version, created_at, created_by, updated_at, updated_by)
                    SELECT clinic_id, id, ?, CASE WHEN MOD(id, 30) = 0 THEN 'DRAFT' ELSE 'FINAL' END,
                           CASE WHEN MOD(id, 2) = 0 THEN ? ELSE ? END, '{}', 0, ?, ?, ?, ?
                    FROM patient WHERE clinic_id = ?""",
                            today.minusDays(20),
                            me,
                            colleague,
                            now.minusDays(20),
                            me,
                            now.minusDays(20),
                            me,
                            clinic));
            db.commit();
        }
        return done;
    }

    /** A few rows on every list, for the statement count of a small clinic. */
    private static void seedSmall(GaitwayServer server, long clinic, long me, String name, LocalDate today)
            throws SQLException {
        try (Connection db = server.openDatabase();
                WorkListSeed seed = new WorkListSeed(db)) {
            WorkListSeed.Therapist t = new WorkListSeed.Therapist(me, name);
            OffsetDateTime now = seed.now();
            for (int i = 0; i < 3; i++) {
                long patient = seed.patient(clinic, "Small" + i, "Clinic", false);
                seed.assessment(clinic, patient, t, today.minusDays(i), true);
                long program =
                        seed.program(clinic, patient, t, "Knee", today.minusDays(40), today.minusDays(i), 1, false);
                long link = seed.link(clinic, program, now.minusDays(170), now.plusDays(3 + i), false);
                seed.log(program, link, today.minusDays(9 + i), 8, "TOO_HARD", false);
                seed.log(program, link, today.minusDays(1), i == 0 ? 9 : 1, "ABOUT_RIGHT", false);
            }
            long quiet = seed.program(
                    clinic,
                    seed.patient(clinic, "Quiet", "Clinic", false),
                    t,
                    "Back",
                    today.minusDays(40),
                    today.plusDays(9),
                    1,
                    false);
            seed.link(clinic, quiet, now.minusDays(20), now.plusDays(100), false);
        }
    }
}
