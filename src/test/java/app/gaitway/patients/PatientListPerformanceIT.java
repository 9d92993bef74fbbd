package app.gaitway.patients;

import app.gaitway.patients.PatientSite.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

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
    private static final int WARM_UP = 5;
    private static final int RUNS = 15;
    private static final long MEDIAN_LIMIT_MS = 1_500;
    private static final int PAGE = PatientQuery.PAGE_SIZE;

    private static final List<String> GIVEN = List.of("Ana", "Zoë", "Seán", "Mary", "José", "Émilie", "Björn", "Chloé",
            "Mohammed", "Wei", "Olga", "Ines", "Lukas", "Sofia", "Noah", "Amélie", "Jürgen", "Aisha", "Marta", "Pål",
            "Kenji", "Fatima", "Liam", "Rosa", "Tomás", "Hannah", "Ivan", "Léa", "Oscar", "Yusuf");
    private static final List<String> FAMILY = List.of("Núñez", "O'Brien", "Smith-Jones", "López", "Müller", "García",
            "Nguyen", "Kowalski", "Dubois", "Rossi", "Jansen", "Andersson", "Papadopoulos", "Yilmaz", "Novak",
            "Fernández", "Schäfer", "Martin", "Costa", "Ivanova", "Tanaka", "Haddad", "Murphy", "Silva", "Bianchi",
            "Horváth", "Lindqvist", "Okafor", "Rahman", "Weber", "Clarke", "Moreau", "Santos", "Kaya", "Berg",
            "Larsen", "Marković", "Popescu", "Kim", "Walker");

    /** One inserted patient as the list should show it. */
    private record Row(long id, String searchName, LocalDate born, boolean archived, Instant lastActivity) {
    }

    @Test
    void theListOfAClinicWithTenThousandPatientsAnswersQuickly(GaitwayServer server) throws SQLException {
        Therapist t = PatientSite.therapistOfNewClinic(server, "patients-performance");
        long started = System.nanoTime();
        insertPatients(server, t.clinicId());
        List<Row> rows = readBack(server, t.clinicId());
        System.out.printf(Locale.ROOT, "PatientListPerformanceIT: inserted %,d patients in %d ms%n",
                rows.size(), (System.nanoTime() - started) / 1_000_000);
        assertEquals(PATIENTS, rows.size());

        List<Row> active = rows.stream().filter(r -> !r.archived())
                .sorted(Comparator.comparing(Row::lastActivity).reversed().thenComparing(Comparator.comparing(Row::id).reversed()))
                .toList();
        int pages = (active.size() + PAGE - 1) / PAGE;
        WebClient c = t.client();
        Map<String, long[]> figures = new LinkedHashMap<>();

        figures.put("list, page 1", measure(c, "/patients", page -> {
            assertEquals(active.size(), PatientSite.count(page));
            assertEquals(ids(active.subList(0, PAGE)), PatientSite.listed(page));
            assertTrue(page.contains("Page 1 of " + String.format(Locale.ENGLISH, "%d", pages)), "pager");
        }));

        List<Row> nunez = active.stream().filter(r -> r.searchName().contains("nunez")).toList();
        figures.put("name search \"Nuñez\"", measure(c, "/patients?q=Nu%C3%B1ez", page -> {
            assertEquals(nunez.size(), PatientSite.count(page));
            assertEquals(ids(nunez.subList(0, Math.min(PAGE, nunez.size()))), PatientSite.listed(page));
        }));

        List<Row> twoWords = active.stream().filter(r -> r.searchName().contains("mar") && r.searchName().contains("ez")).toList();
        figures.put("name search \"mar ez\" (two parts)", measure(c, "/patients?q=mar+ez", page -> {
            assertEquals(twoWords.size(), PatientSite.count(page));
            assertEquals(ids(twoWords.subList(0, Math.min(PAGE, twoWords.size()))), PatientSite.listed(page));
        }));

        LocalDate someBirthday = active.get(4_321).born();
        List<Row> born = active.stream().filter(r -> r.born().equals(someBirthday)).toList();
        String dotted = someBirthday.getDayOfMonth() + "." + someBirthday.getMonthValue() + "." + someBirthday.getYear();
        figures.put("date of birth search " + dotted, measure(c, "/patients?q=" + dotted, page -> {
            assertEquals(born.size(), PatientSite.count(page));
            assertEquals(ids(born), PatientSite.listed(page));
        }));

        int deepPage = 200;
        figures.put("list, page " + deepPage, measure(c, "/patients?page=" + deepPage, page -> {
            int from = (deepPage - 1) * PAGE;
            assertEquals(ids(active.subList(from, from + PAGE)), PatientSite.listed(page));
            assertTrue(page.contains("Page " + deepPage + " of " + pages));
        }));

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%n=== Patient list performance: %,d patients in one clinic (%,d not archived), %d runs after %d warm-ups ===%n",
                rows.size(), active.size(), RUNS, WARM_UP));
        figures.forEach((what, ms) -> report.append(String.format(Locale.ROOT, "  %-40s median %5d ms   max %5d ms%n",
                what, median(ms), Arrays.stream(ms).max().orElseThrow())));
        System.out.println(report);
        figures.forEach((what, ms) -> assertTrue(median(ms) < MEDIAN_LIMIT_MS,
                what + ": median " + median(ms) + " ms, limit " + MEDIAN_LIMIT_MS + " ms"));
    }

    private static long[] measure(WebClient client, String path, Consumer<Page> check) {
        for (int i = 0; i < WARM_UP; i++) {
            assertEquals(200, client.get(path).status(), path);
        }
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Page page = client.get(path);
            ms[i] = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, page.status(), path);
            if (i == 0) {
                check.accept(page);
            }
        }
        return ms;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
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
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO patient (clinic_id, family_name, given_name, date_of_birth, sex, email, phone,
                        preferred_language, referral_reason, icd10_code, affected_side, notes, archived,
                        last_activity_at, search_name, version, created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, NULL, NULL, 'en', ?, ?, ?, NULL, ?, ?, ?, 0, ?, NULL, ?, NULL)""")) {
                for (int i = 0; i < PATIENTS; i++) {
                    String given = GIVEN.get(i % GIVEN.size());
                    String family = FAMILY.get((i / GIVEN.size() + i) % FAMILY.size());
                    LocalDate born = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(80 * 365));
                    insert.setLong(1, clinicId);
                    insert.setString(2, family);
                    insert.setString(3, given);
                    insert.setObject(4, born);
                    insert.setString(5, i % 2 == 0 ? "FEMALE" : "MALE");
                    insert.setString(6, "Knee pain");
                    insert.setString(7, i % 3 == 0 ? "M22.2" : "M54.5");
                    insert.setString(8, i % 2 == 0 ? "LEFT" : "BOTH");
                    insert.setBoolean(9, i % 10 == 9);
                    insert.setObject(10, now.minusMinutes(minutesAgo.get(i)));
                    insert.setString(11, SearchName.of(given, family));
                    insert.setObject(12, now);
                    insert.setObject(13, now);
                    insert.addBatch();
                    if (i % 500 == 499) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
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
                    rows.add(new Row(r.getLong(1), plain(r.getString(2) + " " + r.getString(3)),
                            r.getObject(4, LocalDate.class), r.getBoolean(5),
                            r.getObject(6, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return rows;
    }

    /** The test's own idea of a plain name (not the application's): accents off, lower case. */
    private static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
