package app.gaitway.testdata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Home programs written straight into the database over JDBC, in batches, for the performance tests: thousands of
 * patients each with a program (versions, items, a patient link and what the patient logged), more versions of a
 * program made through the application, and a patient's log. Rows are as the application would store them (the
 * search name of a patient, an item's exercise at its current revision, the dosage as the JSON the application
 * wrote), so every page reads them as its own. The caller owns the connection and its transaction.
 */
public final class ProgramSeed {

    /** The phone number the seeded versions give (the application's own versions give another). */
    public static final String SEED_PHONE = "555 0199";

    private static final int BATCH = 500;

    private static final List<String> TITLES = List.of(
            "Knee pain: hip strength",
            "Ankle sprain: balance",
            "Low back: core",
            "After knee replacement",
            "Hip pain: glutes",
            "Runner's knee");

    private ProgramSeed() {}

    /** An exercise as an item names it: the exercise, the id and number of its current revision, its name. */
    public record Exercise(long id, long revisionId, int revision, String name) {}

    /** An item of a version: its exercise (as given) and its dosage as JSON. */
    public record Item(Exercise exercise, String dosage) {

        /** The same item with another number of sets. */
        public Item withSets(int sets) {
            String changed = dosage.replaceFirst("\"sets\":\\d+", "\"sets\":" + sets);
            assertTrue(!changed.equals(dosage) || sets == sets(), "no sets in " + dosage);
            return new Item(exercise, changed);
        }

        public int sets() {
            return number("sets");
        }

        public int timesPerDay() {
            return number("timesPerDay");
        }

        public int daysPerWeek() {
            return number("daysPerWeek");
        }

        private int number(String key) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("\"" + key + "\":(\\d+)").matcher(dosage);
            assertTrue(m.find(), "no " + key + " in " + dosage);
            return Integer.parseInt(m.group(1));
        }
    }

    /** Who a program version names as its therapist and who saved it. */
    public record Author(long therapistId, String therapistName, long savedBy, String savedByName) {}

    /** One version to add: its number, when it was saved, the summary of what changed, and its items. */
    public record Version(int number, OffsetDateTime savedAt, String changeSummary, List<Item> items) {}

    /** One entry of a patient's log. */
    public record Logged(
            long exerciseId,
            String exerciseName,
            int programVersion,
            LocalDate doneOn,
            Integer pain,
            String difficulty,
            OffsetDateTime loggedAt,
            boolean removed) {}

    /** What {@link #patientsWithPrograms} wrote. */
    public record Bulk(List<Long> patientIds, List<Long> programIds, int versions, int items, int links, int logged) {}

    // --- reading what the application stored ---

    /** The built-in exercises that are not archived, at their current revisions, by id. */
    public static List<Exercise> builtIn(Connection db) throws SQLException {
        List<Exercise> all = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("""
                SELECT e.id, r.id, r.revision, e.name FROM exercise e
                JOIN exercise_revision r ON r.exercise_id = e.id AND r.revision = e.revision
                WHERE e.clinic_id IS NULL AND e.archived = FALSE ORDER BY e.id""");
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                all.add(new Exercise(r.getLong(1), r.getLong(2), r.getInt(3), r.getString(4)));
            }
        }
        return all;
    }

    /** A built-in exercise by its slug. */
    public static long idOf(Connection db, String slug) throws SQLException {
        try (PreparedStatement q =
                db.prepareStatement("SELECT id FROM exercise WHERE slug = ? AND clinic_id IS NULL")) {
            q.setString(1, slug);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), "no built-in exercise " + slug);
                return r.getLong(1);
            }
        }
    }

    /** The items of a stored version, in order. */
    public static List<Item> items(Connection db, long programId, int number) throws SQLException {
        List<Item> items = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("""
                SELECT i.exercise_id, i.exercise_revision_id, i.exercise_revision, i.exercise_name, i.dosage
                FROM program_item i JOIN program_version v ON v.id = i.program_version_id
                WHERE v.program_id = ? AND v.number = ? ORDER BY i.position""")) {
            q.setLong(1, programId);
            q.setInt(2, number);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    items.add(new Item(
                            new Exercise(r.getLong(1), r.getLong(2), r.getInt(3), r.getString(4)), r.getString(5)));
                }
            }
        }
        return items;
    }

    /** The therapist and saver of a program's first version. */
    public static Author author(Connection db, long programId) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT therapist_id, therapist_name, saved_by, saved_by_name"
                + " FROM program_version WHERE program_id = ? AND number = 1")) {
            q.setLong(1, programId);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), "no version 1 of program " + programId);
                return new Author(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4));
            }
        }
    }

    /** The id of the program's active link. */
    public static long activeLink(Connection db, long programId) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT id FROM patient_link WHERE program_id = ? AND revoked_at IS NULL ORDER BY id DESC")) {
            q.setLong(1, programId);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), "no active link of program " + programId);
                return r.getLong(1);
            }
        }
    }

    // --- a program made through the application, given more history ---

    /**
     * Moves the program's first version (saved through the application just now) back to the given time, with
     * its start date and review date, so the versions added after it are in force one after the other.
     */
    public static void backdateFirstVersion(Connection db, long programId, OffsetDateTime savedAt) throws SQLException {
        LocalDate day = savedAt.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate();
        try (PreparedStatement u = db.prepareStatement("UPDATE program_version SET saved_at = ?, start_date = ?,"
                + " review_date = ? WHERE program_id = ? AND number = 1")) {
            u.setObject(1, savedAt);
            u.setObject(2, day);
            u.setObject(3, day.plusWeeks(12));
            u.setLong(4, programId);
            assertEquals(1, u.executeUpdate());
        }
    }

    /**
     * Adds versions after the program's version 1, each a copy of version 1's texts, dates and people with its own
     * number, time, summary and items, and makes the last the program's latest.
     */
    public static void addVersions(Connection db, long programId, List<Version> versions) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO program_version (program_id, number, title, instructions, start_date, review_date,
                    therapist_id, therapist_name, clinic_phone, change_summary, saved_at, saved_by, saved_by_name)
                SELECT program_id, ?, title, instructions, start_date, review_date, therapist_id, therapist_name,
                    clinic_phone, ?, ?, saved_by, saved_by_name
                FROM program_version WHERE program_id = ? AND number = 1""")) {
            for (Version v : versions) {
                insert.setInt(1, v.number());
                insert.setString(2, v.changeSummary());
                insert.setObject(3, v.savedAt());
                insert.setLong(4, programId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<Integer, Long> ids = new LinkedHashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT number, id FROM program_version WHERE program_id = ?")) {
            q.setLong(1, programId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    ids.put(r.getInt(1), r.getLong(2));
                }
            }
        }
        try (PreparedStatement insert = itemInsert(db)) {
            int n = 0;
            for (Version v : versions) {
                for (int i = 0; i < v.items().size(); i++) {
                    addItem(insert, ids.get(v.number()), i, v.items().get(i));
                    if (++n % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        int latest = versions.get(versions.size() - 1).number();
        try (PreparedStatement u = db.prepareStatement("UPDATE program SET latest_version = ? WHERE id = ?")) {
            u.setInt(1, latest);
            u.setLong(2, programId);
            assertEquals(1, u.executeUpdate());
        }
    }

    /** Writes a patient's log of one program through one link. */
    public static void log(Connection db, long programId, long linkId, List<Logged> entries) throws SQLException {
        try (PreparedStatement insert = logInsert(db)) {
            int n = 0;
            for (Logged e : entries) {
                addLog(insert, programId, linkId, e);
                if (++n % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    // --- thousands of patients with a program each ---

    /**
     * Patients of the clinic, each with one program of two versions (the second changes the sets of the first
     * exercise) of {@code itemsPerVersion} exercises from the pool, every tenth program ended; each running program
     * has a patient link and {@code logsPerProgram} entries the patient logged over the last 30 days. Versions were
     * saved months ago and give {@link #SEED_PHONE}.
     *
     * @param dosage the dosage JSON every item gets (its sets changed in version 2)
     */
    public static Bulk patientsWithPrograms(
            Connection db,
            long clinicId,
            Author author,
            List<Exercise> pool,
            String dosage,
            int patients,
            int itemsPerVersion,
            int logsPerProgram)
            throws SQLException {
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        LocalDate today = LocalDate.now();
        List<Long> known = ids(db, "SELECT id FROM patient WHERE clinic_id = ?", clinicId);

        BulkPatients.insert(
                db,
                clinicId,
                patients,
                i -> new BulkPatients.Patient(
                        BulkPatients.givenName(i),
                        BulkPatients.familyName(i),
                        LocalDate.of(1940, 1, 1).plusDays(i * 13L % 25_000),
                        i % 2 == 0 ? "FEMALE" : "MALE",
                        "Knee pain",
                        "M22.2",
                        "LEFT",
                        false,
                        now.minusHours(1 + i),
                        now.minusDays(400),
                        now.minusHours(1 + i)));
        List<Long> patientIds = ids(db, "SELECT id FROM patient WHERE clinic_id = ? ORDER BY id", clinicId);
        patientIds.removeAll(known);
        assertEquals(patients, patientIds.size());

        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO program (clinic_id, patient_id, title, latest_version, status, ended_on, end_reason,
                    ended_by_name, version, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, 2, ?, ?, ?, ?, 1, ?, ?, ?, ?)""")) {
            for (int i = 0; i < patients; i++) {
                boolean ended = i % 10 == 9;
                insert.setLong(1, clinicId);
                insert.setLong(2, patientIds.get(i));
                insert.setString(3, TITLES.get(i % TITLES.size()));
                insert.setString(4, ended ? "ENDED" : "ACTIVE");
                insert.setObject(5, ended ? today.minusDays(i % 90) : null);
                insert.setString(6, ended ? "Goals met" : null);
                insert.setString(7, ended ? author.savedByName() : null);
                insert.setObject(8, firstSaved(now, i));
                insert.setLong(9, author.savedBy());
                insert.setObject(10, firstSaved(now, i).plusDays(14));
                insert.setLong(11, author.savedBy());
                insert.addBatch();
                if (i % BATCH == BATCH - 1) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        Map<Long, Long> programOfPatient = new LinkedHashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT patient_id, id FROM program WHERE clinic_id = ?")) {
            q.setLong(1, clinicId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    programOfPatient.put(r.getLong(1), r.getLong(2));
                }
            }
        }
        List<Long> programIds = patientIds.stream().map(programOfPatient::get).toList();
        assertTrue(programIds.stream().allMatch(java.util.Objects::nonNull), "a program for every seeded patient");

        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO program_version (program_id, number, title, instructions, start_date, review_date,
                    therapist_id, therapist_name, clinic_phone, change_summary, saved_at, saved_by, saved_by_name)
                VALUES (?, ?, ?, 'Do these on the days shown. Stop if the pain is sharp.', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < patients; i++) {
                OffsetDateTime first = firstSaved(now, i);
                LocalDate start = first.toLocalDate();
                for (int number = 1; number <= 2; number++) {
                    insert.setLong(1, programIds.get(i));
                    insert.setInt(2, number);
                    insert.setString(3, TITLES.get(i % TITLES.size()));
                    insert.setObject(4, start);
                    insert.setObject(5, start.plusWeeks(6));
                    insert.setLong(6, author.therapistId());
                    insert.setString(7, author.therapistName());
                    insert.setString(8, SEED_PHONE);
                    insert.setString(
                            9,
                            number == 1
                                    ? "First version: " + itemsPerVersion + " exercises."
                                    : exercise(pool, i, 0).name() + ": 3 \u2192 4 sets.");
                    insert.setObject(10, number == 1 ? first : first.plusDays(14));
                    insert.setLong(11, author.savedBy());
                    insert.setString(12, author.savedByName());
                    insert.addBatch();
                }
                if (i % BATCH == BATCH - 1) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        Map<Long, long[]> versionIds = new LinkedHashMap<>();
        try (PreparedStatement q = db.prepareStatement("""
                SELECT v.program_id, v.number, v.id FROM program_version v JOIN program p ON p.id = v.program_id
                WHERE p.clinic_id = ?""")) {
            q.setLong(1, clinicId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    versionIds.computeIfAbsent(r.getLong(1), k -> new long[3])[r.getInt(2) <= 2 ? r.getInt(2) : 0] =
                            r.getLong(3);
                }
            }
        }

        int items = 0;
        Item template = new Item(pool.get(0), dosage).withSets(3);
        try (PreparedStatement insert = itemInsert(db)) {
            for (int i = 0; i < patients; i++) {
                long[] versions = versionIds.get(programIds.get(i));
                for (int number = 1; number <= 2; number++) {
                    for (int position = 0; position < itemsPerVersion; position++) {
                        Item item = new Item(exercise(pool, i, position), template.dosage());
                        addItem(
                                insert,
                                versions[number],
                                position,
                                number == 2 && position == 0 ? item.withSets(4) : item);
                        if (++items % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                }
            }
            insert.executeBatch();
        }

        List<Integer> linked = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO patient_link (clinic_id, program_id, secret_hash, hint, expires_at, revoked_at,
                    revoked_by_name, last_opened_at, version, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, 0, ?, ?, ?, ?)""")) {
            for (int i = 0; i < patients; i++) {
                if (i % 10 == 9) {
                    continue;
                }
                linked.add(i);
                OffsetDateTime created = firstSaved(now, i).plusDays(14);
                insert.setLong(1, clinicId);
                insert.setLong(2, programIds.get(i));
                insert.setString(3, sha256("seeded link of program " + programIds.get(i)));
                insert.setString(4, "SEED");
                insert.setObject(5, now.plusDays(180));
                insert.setObject(6, now.minusDays(1 + i % 5));
                insert.setObject(7, created);
                insert.setLong(8, author.savedBy());
                insert.setObject(9, created);
                insert.setLong(10, author.savedBy());
                insert.addBatch();
                if (linked.size() % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        Map<Long, Long> linkOfProgram = new LinkedHashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT program_id, id FROM patient_link WHERE clinic_id = ?")) {
            q.setLong(1, clinicId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    linkOfProgram.put(r.getLong(1), r.getLong(2));
                }
            }
        }

        int logged = 0;
        try (PreparedStatement insert = logInsert(db)) {
            for (int i : linked) {
                long programId = programIds.get(i);
                for (int k = 0; k < logsPerProgram; k++) {
                    Exercise e = exercise(pool, i, k % itemsPerVersion);
                    LocalDate day = today.minusDays(1 + (k * 3L + i) % 30);
                    addLog(
                            insert,
                            programId,
                            linkOfProgram.get(programId),
                            new Logged(
                                    e.id(),
                                    e.name(),
                                    2,
                                    day,
                                    (i + k) % 6,
                                    k % 4 == 0 ? "TOO_EASY" : "ABOUT_RIGHT",
                                    day.atTime(18, 0)
                                            .atZone(ZoneId.systemDefault())
                                            .toOffsetDateTime(),
                                    k % 15 == 14));
                    if (++logged % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        return new Bulk(List.copyOf(patientIds), programIds, patients * 2, items, linked.size(), logged);
    }

    private static OffsetDateTime firstSaved(OffsetDateTime now, int i) {
        return now.minusDays(100 + i % 200).minusMinutes(i);
    }

    private static Exercise exercise(List<Exercise> pool, int program, int position) {
        return pool.get((program * 7 + position) % pool.size());
    }

    /** The insert of one program item; {@link #setItem} fills its parameters. */
    public static final String ITEM_INSERT = """
            INSERT INTO program_item (program_version_id, position, exercise_id, exercise_revision_id,
                exercise_revision, exercise_name, dosage) VALUES (?, ?, ?, ?, ?, ?, ?)""";

    /** The insert of one entry of a patient's log; {@link #setLog} fills its parameters. */
    public static final String LOG_INSERT = """
            INSERT INTO exercise_log (program_id, link_id, program_version, exercise_id, exercise_name, done_on,
                pain, difficulty, logged_at, changed_at, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)""";

    private static PreparedStatement itemInsert(Connection db) throws SQLException {
        return db.prepareStatement(ITEM_INSERT);
    }

    /** Fills {@link #ITEM_INSERT} with the item at its position of the version, as the application stores it. */
    public static void setItem(PreparedStatement insert, long versionId, int position, Item item) throws SQLException {
        insert.setLong(1, versionId);
        insert.setInt(2, position);
        insert.setLong(3, item.exercise().id());
        insert.setLong(4, item.exercise().revisionId());
        insert.setInt(5, item.exercise().revision());
        insert.setString(6, item.exercise().name());
        insert.setString(7, item.dosage());
    }

    private static void addItem(PreparedStatement insert, long versionId, int position, Item item) throws SQLException {
        setItem(insert, versionId, position, item);
        insert.addBatch();
    }

    private static PreparedStatement logInsert(Connection db) throws SQLException {
        return db.prepareStatement(LOG_INSERT);
    }

    /** Fills {@link #LOG_INSERT} with an entry logged through the link; a removed entry was removed 5 minutes later. */
    public static void setLog(PreparedStatement insert, long programId, long linkId, Logged e) throws SQLException {
        insert.setLong(1, programId);
        insert.setLong(2, linkId);
        insert.setInt(3, e.programVersion());
        insert.setLong(4, e.exerciseId());
        insert.setString(5, e.exerciseName());
        insert.setObject(6, e.doneOn());
        insert.setObject(7, e.pain());
        insert.setString(8, e.difficulty());
        insert.setObject(9, e.loggedAt());
        insert.setObject(10, e.removed() ? e.loggedAt().plusMinutes(5) : null);
    }

    private static void addLog(PreparedStatement insert, long programId, long linkId, Logged e) throws SQLException {
        setLog(insert, programId, linkId, e);
        insert.addBatch();
    }

    private static List<Long> ids(Connection db, String sql, long parameter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, parameter);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
