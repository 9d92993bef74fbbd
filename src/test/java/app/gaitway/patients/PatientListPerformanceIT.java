package app.gaitway.patients;

import app.gaitway.testdata.BulkPatients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageTimings;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How fast the patient list answers a clinic with 10,000 patients, over real HTTP: the first page, a name
 * search, a date-of-birth search and page 200. The patients are written straight into the database (with
 * the search name the application would store), so the setup takes seconds. Prints median and maximum, and
 * checks each answer against the inserted rows.
 */
@ExtendWith(SharedServer.class)
class PatientListPerformanceIT {

    private static final int PATIENTS = 10_000;
    private static final long MEDIAN_LIMIT_MS = 1_500;
    private static final int PAGE = PatientQuery.PAGE_SIZE;

    /** One inserted patient as the list should show it. */
    private record Row(long id, String searchName, LocalDate born, boolean archived, Instant lastActivity) {}

    @Test
    void theListOfAClinicWithTenThousandPatientsAnswersQuickly(GaitwayServer server) throws SQLException {
        Therapist t = Therapists.ofNewClinic(server, "patients-performance");
        long started = System.nanoTime();
        insertPatients(server, t.clinicId());
        List<Row> rows = readBack(server, t.clinicId());
        System.out.printf(
                Locale.ROOT,
                "PatientListPerformanceIT: inserted %,d patients in %d ms%n",
                rows.size(),
                (System.nanoTime() - started) / 1_000_000);
        assertEquals(PATIENTS, rows.size());

        List<Row> active = rows.stream()
                .filter(r -> !r.archived())
                .sorted(Comparator.comparing(Row::lastActivity)
                        .reversed()
                        .thenComparing(Comparator.comparing(Row::id).reversed()))
                .toList();
        int pages = (active.size() + PAGE - 1) / PAGE;
        WebClient c = t.client();
        PageTimings timings = new PageTimings();

        timings.measure("list, page 1", c, "/patients", page -> {
            assertEquals(active.size(), PatientSite.count(page));
            assertEquals(ids(active.subList(0, PAGE)), PatientSite.listed(page));
            assertTrue(page.contains("Page 1 of " + String.format(Locale.ENGLISH, "%d", pages)), "pager");
        });

        List<Row> nunez =
                active.stream().filter(r -> r.searchName().contains("nunez")).toList();
        timings.measure("name search \"Nuñez\"", c, "/patients?q=Nu%C3%B1ez", page -> {
            assertEquals(nunez.size(), PatientSite.count(page));
            assertEquals(ids(nunez.subList(0, Math.min(PAGE, nunez.size()))), PatientSite.listed(page));
        });

        List<Row> twoWords = active.stream()
                .filter(r -> r.searchName().contains("mar") && r.searchName().contains("ez"))
                .toList();
        timings.measure("name search \"mar ez\" (two parts)", c, "/patients?q=mar+ez", page -> {
            assertEquals(twoWords.size(), PatientSite.count(page));
            assertEquals(ids(twoWords.subList(0, Math.min(PAGE, twoWords.size()))), PatientSite.listed(page));
        });

        LocalDate someBirthday = active.get(4_321).born();
        List<Row> born =
                active.stream().filter(r -> r.born().equals(someBirthday)).toList();
        String dotted =
                someBirthday.getDayOfMonth() + "." + someBirthday.getMonthValue() + "." + someBirthday.getYear();
        timings.measure("date of birth search " + dotted, c, "/patients?q=" + dotted, page -> {
            assertEquals(born.size(), PatientSite.count(page));
            assertEquals(ids(born), PatientSite.listed(page));
        });

        int deepPage = 200;
        timings.measure("list, page " + deepPage, c, "/patients?page=" + deepPage, page -> {
            int from = (deepPage - 1) * PAGE;
            assertEquals(ids(active.subList(from, from + PAGE)), PatientSite.listed(page));
            assertTrue(page.contains("Page " + deepPage + " of " + pages));
        });

        System.out.println(timings.report(String.format(
                Locale.ROOT,
                "Patient list performance: %,d patients in one clinic (%,d not archived)",
                rows.size(),
                active.size())));
        timings.assertMediansBelow(MEDIAN_LIMIT_MS);
    }

    private static List<Long> ids(List<Row> rows) {
        return rows.stream().map(Row::id).toList();
    }

    /**
     * Names from the lists above in every combination, births between 1930 and 2010, every tenth archived, and
     * last activity spread over the past three years in an order unrelated to the ids.
     */
    private static void insertPatients(GaitwayServer server, long clinicId) throws SQLException {
        Random random = new Random(20260301);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        List<Integer> minutesAgo = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            minutesAgo.add(i * 157 + 1);
        }
        java.util.Collections.shuffle(minutesAgo, random);
        try (Connection db = server.openDatabase()) {
            db.setAutoCommit(false);
            BulkPatients.insert(
                    db,
                    clinicId,
                    PATIENTS,
                    i -> new BulkPatients.Patient(
                            BulkPatients.givenName(i),
                            BulkPatients.familyName(i),
                            LocalDate.of(1930, 1, 1).plusDays(random.nextInt(80 * 365)),
                            i % 2 == 0 ? "FEMALE" : "MALE",
                            "Knee pain",
                            i % 3 == 0 ? "M22.2" : "M54.5",
                            i % 2 == 0 ? "LEFT" : "BOTH",
                            i % 10 == 9,
                            now.minusMinutes(minutesAgo.get(i)),
                            now,
                            now));
            db.commit();
        }
    }

    private static List<Row> readBack(GaitwayServer server, long clinicId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection db = server.openDatabase();
                PreparedStatement q = db.prepareStatement("SELECT id, given_name, family_name, date_of_birth, archived,"
                        + " last_activity_at FROM patient WHERE clinic_id = ?")) {
            q.setLong(1, clinicId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(
                            r.getLong(1),
                            plain(r.getString(2) + " " + r.getString(3)),
                            r.getObject(4, LocalDate.class),
                            r.getBoolean(5),
                            r.getObject(6, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return rows;
    }

    /** The test's own idea of a plain name (not the application's): accents off, lower case. */
    private static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
