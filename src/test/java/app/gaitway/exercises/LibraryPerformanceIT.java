package app.gaitway.exercises;

import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.exercises.ui.ExerciseSite.Card;
import app.gaitway.testdata.Batches;
import app.gaitway.testdata.OwnClinicAccounts;
import app.gaitway.testdata.Staff;
import app.gaitway.testdata.TestAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageTimings;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import static app.gaitway.exercises.ui.ExerciseSite.cards;
import static app.gaitway.exercises.ui.ExerciseSite.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How fast the library answers a clinic with 5,000 exercises of its own, over real HTTP: the unfiltered first
 * page, a search with a typo-like spacing, a filtered search and a page deep in the list. The exercises are
 * written straight into the database (copies of the built-in rows with realistic names, each with its
 * revision row), so the setup takes seconds, not the hours of 5,000 form posts. Prints median and maximum.
 */
@ExtendWith(SharedServer.class)
class LibraryPerformanceIT {

    private static final int OWN_EXERCISES = 5_000;
    private static final long MEDIAN_LIMIT_MS = 1_500;

    private static final List<String> BEFORE = List.of(
            "Slow",
            "Paused",
            "Tempo",
            "Supported",
            "Assisted",
            "Deep",
            "Short-range",
            "Long-hold",
            "Easy",
            "Progressed",
            "Home",
            "Modified");
    private static final List<String> AFTER = List.of(
            "with pause",
            "on a cushion",
            "at the wall",
            "for runners",
            "after surgery",
            "for beginners",
            "level 2",
            "level 3",
            "with breathing",
            "on a step",
            "in sitting",
            "morning set");

    /** One inserted exercise: its name and the built-in row it was copied from. */
    private record Row(String name, String category, String position, String targets, String equipment) {}

    @Test
    void theLibraryOfAClinicWithFiveThousandExercisesAnswersQuickly(GaitwayServer server) throws SQLException {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, "performance");
        long clinicId = TestAccounts.clinicOf(server, account.email());
        List<Row> builtIn = builtInRows(server);
        assertEquals(ExerciseSite.BUILT_IN_COUNT, builtIn.size());
        long started = System.nanoTime();
        List<Row> inserted = insertExercises(server, clinicId, OWN_EXERCISES);
        System.out.printf(
                Locale.ROOT,
                "LibraryPerformanceIT: inserted %,d exercises and their revisions in %d ms%n",
                inserted.size(),
                (System.nanoTime() - started) / 1_000_000);

        WebClient therapist = Staff.signedIn(server, account.email(), account.password());
        List<Row> all = new ArrayList<>(builtIn);
        all.addAll(inserted);
        int total = all.size();
        int pages = (total + ExerciseSite.PAGE_SIZE - 1) / ExerciseSite.PAGE_SIZE;
        List<String> inNameOrder = all.stream()
                .map(Row::name)
                .sorted(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT)))
                .toList();

        PageTimings timings = new PageTimings();

        timings.measure("unfiltered library, page 1", therapist, "/exercises", page -> {
            assertEquals(total, count(page));
            assertEquals(inNameOrder.subList(0, 24), ExerciseSite.names(page));
            assertTrue(page.contains("Page 1 of " + pages));
        });

        timings.measure("search \"clam shell\"", therapist, "/exercises?q=clam+shell", page -> {
            List<Card> cards = cards(page);
            assertEquals(24, cards.size(), "a full page of clamshell variations");
            assertEquals("Clamshell", cards.get(0).name(), "the exact match first");
            for (Card card : cards) {
                assertTrue(card.name().toLowerCase(Locale.ROOT).contains("clam"), card.name());
            }
            long expected = all.stream()
                    .filter(r -> r.name().toLowerCase(Locale.ROOT).contains("clamshell"))
                    .count();
            assertTrue(count(page) >= expected, count(page) + " results, " + expected + " names contain 'clamshell'");
        });

        timings.measure("search with a typo \"fire hydrent\"", therapist, "/exercises?q=fire+hydrent", page -> {
            List<Card> cards = cards(page);
            assertEquals("Fire hydrant", cards.get(0).name(), "the built-in exercise first");
            for (Card card : cards) {
                assertTrue(card.name().toLowerCase(Locale.ROOT).contains("fire hydrant"), card.name());
            }
        });

        Predicate<Row> bandedStandingStrength = r -> r.category().equals("strength")
                && r.position().equals("standing")
                && r.equipment().contains(" band ");
        long filteredCount = all.stream().filter(bandedStandingStrength).count();
        Map<String, Row> byName = new HashMap<>();
        all.forEach(r -> byName.put(r.name(), r));
        timings.measure(
                "filtered: strength + band + standing",
                therapist,
                "/exercises?category=strength&equipment=band&position=standing",
                page -> {
                    assertEquals(filteredCount, count(page));
                    List<Card> cards = cards(page);
                    assertEquals(Math.min(24, filteredCount), cards.size());
                    for (Card card : cards) {
                        assertTrue(
                                bandedStandingStrength.test(byName.get(card.name())),
                                card.name() + " does not fit the filters");
                    }
                });

        int deepPage = 100;
        timings.measure("unfiltered library, page " + deepPage, therapist, "/exercises?page=" + deepPage, page -> {
            int from = (deepPage - 1) * ExerciseSite.PAGE_SIZE;
            assertEquals(inNameOrder.subList(from, from + 24), ExerciseSite.names(page));
            assertTrue(page.contains("Page " + deepPage + " of " + pages));
        });

        Card oneOfThem = cards(therapist.get("/exercises?page=" + deepPage)).get(0);
        assertEquals(
                oneOfThem.name(),
                ExerciseSite.exercise(therapist, oneOfThem.id()).heading(),
                "an inserted exercise opens like any other");
        assertEquals(200, therapist.download(oneOfThem.startPicture()).status(), "and its picture is drawn");

        System.out.println(timings.report(String.format(
                Locale.ROOT,
                "Library performance: %,d exercises visible to one clinic (the built-in + %,d own)",
                total,
                inserted.size())));
        timings.assertMediansBelow(MEDIAN_LIMIT_MS);
    }

    private static List<Row> builtInRows(GaitwayServer server) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection db = server.openDatabase();
                ResultSet r = db.createStatement()
                        .executeQuery(
                                "SELECT name, category, start_position, targets, equipment FROM exercise WHERE clinic_id IS NULL ORDER BY id")) {
            while (r.next()) {
                rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
            }
        }
        return rows;
    }

    /**
     * Copies of the built-in rows into the clinic, round the library, each with a realistic name of its own
     * ("Paused clamshell on a cushion") written into the content too, and its revision 1 row.
     */
    private static List<Row> insertExercises(GaitwayServer server, long clinicId, int howMany) throws SQLException {
        ObjectMapper json = new ObjectMapper();
        List<Row> rows = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        try (Connection db = server.openDatabase()) {
            db.setAutoCommit(false);
            List<Object[]> sources = new ArrayList<>();
            try (ResultSet r = db.createStatement()
                    .executeQuery("SELECT id, name, aliases, summary, category, start_position,"
                            + " targets, equipment, content FROM exercise WHERE clinic_id IS NULL ORDER BY id")) {
                while (r.next()) {
                    Object[] row = new Object[9];
                    for (int i = 0; i < 9; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    sources.add(row);
                }
            }
            Batches.insert(db, """
                    INSERT INTO exercise (clinic_id, slug, name, aliases, summary, category, start_position, targets,
                        equipment, content, start_picture_id, end_picture_id, copied_from_id, revision, archived, version,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, 1, FALSE, 0, ?, NULL, ?, NULL)""", howMany, (insert, i) -> {
                Object[] source = sources.get(i % sources.size());
                int combination = i / sources.size();
                String base = ((String) source[1]);
                String name = BEFORE.get(combination % BEFORE.size()) + " "
                        + base.substring(0, 1).toLowerCase(Locale.ROOT) + base.substring(1) + " "
                        + AFTER.get((combination / BEFORE.size()) % AFTER.size());
                if (name.length() > 60) {
                    name = BEFORE.get(combination % BEFORE.size()) + " "
                            + base.substring(0, 1).toLowerCase(Locale.ROOT) + base.substring(1) + " level "
                            + (combination + 1);
                }
                ObjectNode content;
                try {
                    content = (ObjectNode) json.readTree((String) source[8]);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                content.remove("slug");
                content.put("name", name);
                insert.setLong(1, clinicId);
                insert.setString(2, name);
                insert.setString(3, (String) source[2]);
                insert.setString(4, (String) source[3]);
                insert.setString(5, (String) source[4]);
                insert.setString(6, (String) source[5]);
                insert.setString(7, (String) source[6]);
                insert.setString(8, (String) source[7]);
                insert.setString(9, content.toString());
                insert.setLong(10, ((Number) source[0]).longValue());
                insert.setObject(11, now);
                insert.setObject(12, now);
                rows.add(new Row(name, (String) source[4], (String) source[5], (String) source[6], (String) source[7]));
            });
            assertEquals(howMany, Batches.update(db, """
                    INSERT INTO exercise_revision (exercise_id, revision, content, start_picture_id, end_picture_id, saved_at, saved_by)
                    SELECT id, 1, content, NULL, NULL, ?, NULL FROM exercise WHERE clinic_id = ?""", now, clinicId), "one revision row per exercise");
            db.commit();
        }
        assertEquals(howMany, rows.stream().map(Row::name).distinct().count(), "every inserted name is different");
        return rows;
    }
}
