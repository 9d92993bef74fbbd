package app.gaitway.patientside.web;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Home programs and their patient links as the integration tests make and use them over HTTP, the way the
 * therapist's and the patient's browsers do: a patient registered through the form, a program saved through the
 * builder (exercises added with the builder's own "add" button, then the dosage typed over), a link created from
 * the program page and read from the page that shows it once; and what the server stored, read straight from its
 * database (tables patient_link, exercise_log and audit_entry).
 */
public final class LinkSite {

    /** The secret alphabet (Crockford base32 without I, L, O, U), to make up secrets that exist nowhere. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern PROGRAM_PATH = Pattern.compile("^/programs/(\\d+)$");
    private static final Pattern SHOWN_LINK =
            Pattern.compile("<p class=\"link-secret\"><a href=\"(/p/[^\"]+)\"[^>]*>([^<]+)</a>");

    private LinkSite() {}

    /** A saved program as the tests know it: the exercises in program order. */
    public record Program(long id, long patientId, String title, String clinicPhone, List<String> exercises) {

        public String path() {
            return "/programs/" + id;
        }
    }

    /** A link as the therapist was shown it: its address path ("/p/7KQ2-M9XD-...") and the full address. */
    public record Link(String path, String address) {

        /** The secret as printed: groups of four joined by dashes. */
        public String grouped() {
            return path.substring("/p/".length());
        }

        /** The 26 characters without dashes. */
        public String canonical() {
            return grouped().replace("-", "");
        }

        public String hash() {
            return sha256(canonical());
        }
    }

    /** One exercise of a new program, with how often it is prescribed (the rest is the exercise's default). */
    public record Exercise(String name, int timesPerDay, int daysPerWeek) {

        public static Exercise daily(String name) {
            return new Exercise(name, 1, 7);
        }
    }

    // --- programs ---

    /** Saves a new program for the patient through the builder; every exercise prescribed every day, once a day. */
    public static Program program(WebClient therapist, long patientId, String title, String... exerciseNames) {
        return program(
                therapist,
                patientId,
                title,
                java.util.Arrays.stream(exerciseNames).map(Exercise::daily).toList());
    }

    public static Program program(WebClient therapist, long patientId, String title, List<Exercise> exercises) {
        String action = "/patients/" + patientId + "/programs/new";
        Page builder = therapist.get(action);
        assertEquals(200, builder.status(), "the builder:\n" + builder.body());
        for (Exercise e : exercises) {
            long id = ExerciseSite.builtInId(therapist, e.name());
            Form form = builder.form(action).remove("action").add("action", "add-" + id);
            builder = therapist.submit(form);
            assertEquals(200, builder.status(), "adding " + e.name() + ":\n" + builder.body());
        }
        String phone = "555 01" + (10 + RANDOM.nextInt(89));
        Form form = builder.form(action)
                .set("title", title)
                .set("instructions", "Do these slowly, on the days shown.")
                .set("startDate", LocalDate.now().toString())
                .set("clinicPhone", phone);
        for (int i = 0; i < exercises.size(); i++) {
            form.set(
                            "items." + i + ".timesPerDay",
                            String.valueOf(exercises.get(i).timesPerDay()))
                    .set(
                            "items." + i + ".daysPerWeek",
                            String.valueOf(exercises.get(i).daysPerWeek()));
        }
        Page saved = therapist.submit(form.remove("action").add("action", "save"));
        assertEquals(303, saved.status(), "saving the program failed:\n" + saved.body());
        Matcher m = PROGRAM_PATH.matcher(saved.location());
        assertTrue(m.matches(), saved.location());
        return new Program(
                Long.parseLong(m.group(1)),
                patientId,
                title,
                phone,
                exercises.stream().map(Exercise::name).toList());
    }

    /** A patient of the therapist's clinic with a program of these exercises. */
    public static Program patientWithProgram(
            Therapists.Therapist therapist, String givenName, String familyName, String... exerciseNames) {
        long patientId = Patients.register(therapist.client(), givenName, familyName);
        return program(therapist.client(), patientId, unique("Knee plan"), exerciseNames);
    }

    /** Saves the next version with the values typed over the builder's fields (e.g. "items.0.sets" → "2"). */
    public static Page saveNextVersion(WebClient therapist, Program program, Map<String, String> values) {
        String action = program.path() + "/edit";
        Page builder = therapist.get(action);
        assertEquals(200, builder.status(), "the builder of the next version:\n" + builder.body());
        Form form = builder.form(action);
        values.forEach(form::set);
        Page saved = therapist.submit(form.remove("action").add("action", "save"));
        assertEquals(303, saved.status(), "saving the next version failed:\n" + saved.body());
        assertEquals(program.path(), saved.location());
        return saved;
    }

    /** Ends the program today, from the form on its page. */
    public static void end(WebClient therapist, Program program) {
        Page page = therapist.get(program.path());
        Form form = page.form(program.path() + "/end")
                .set("endedOn", LocalDate.now().toString())
                .set("reason", "Goals met");
        Page ended = therapist.submit(form);
        assertEquals(303, ended.status(), "ending the program failed:\n" + ended.body());
    }

    // --- links ---

    /** "Create the link" (or "Replace the link") on the program page; returns the link the page it leads to shows. */
    public static Link createLink(WebClient therapist, Program program) {
        Page created = createLinkPage(therapist, program);
        return shownLink(created);
    }

    /** Creates the link and follows the answer's redirect (post, redirect, get) to the page that shows it. */
    public static Page createLinkPage(WebClient therapist, Program program) {
        Page answer = therapist.submit(program.path(), program.path() + "/link", Map.of("days", "180"));
        assertEquals(303, answer.status(), "creating the link failed:\n" + answer.body());
        assertEquals(program.path() + "/link", answer.location(), "creating leads to the page that shows the link");
        Page created = therapist.get(answer.location());
        assertEquals(200, created.status(), "the page that shows the link:\n" + created.body());
        return created;
    }

    /** "Show link" on the program page: the page that shows the active link again. */
    public static Page showLinkPage(WebClient therapist, Program program) {
        return therapist.get(program.path() + "/link");
    }

    /** The link on the page that shows a new one. */
    public static Link shownLink(Page created) {
        Matcher m = SHOWN_LINK.matcher(created.body());
        assertTrue(m.find(), "no link shown:\n" + created.body());
        return new Link(WebClient.unescape(m.group(1)), WebClient.unescape(m.group(2)));
    }

    /** "Revoke the link" on the program page. */
    public static void revoke(WebClient therapist, Program program) {
        Page revoked = therapist.submit(program.path(), program.path() + "/link/revoke", Map.of());
        assertEquals(303, revoked.status(), "revoking failed:\n" + revoked.body());
    }

    /** A secret in the right shape that no link has (130 random bits: it exists nowhere). */
    public static String unknownSecret() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    // --- what the server stored ---

    public static long linkId(GaitwayServer server, Link link) {
        return number(server, "SELECT id FROM patient_link WHERE secret_hash = ?", link.hash());
    }

    /** Makes the link's time run out, as if its days had passed. */
    public static void expire(GaitwayServer server, Link link) {
        update(
                server,
                "UPDATE patient_link SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE WHERE secret_hash = ?",
                link.hash());
    }

    /** When the link was last noted opened, as stored (null: never). */
    public static OffsetDateTime lastOpened(GaitwayServer server, Link link) {
        try (Connection db = server.openDatabase();
                PreparedStatement query =
                        db.prepareStatement("SELECT last_opened_at FROM patient_link WHERE secret_hash = ?")) {
            query.setString(1, link.hash());
            try (ResultSet r = query.executeQuery()) {
                assertTrue(r.next(), "no link");
                return r.getObject(1, OffsetDateTime.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the link's last opening two hours old. */
    public static void openedTwoHoursAgo(GaitwayServer server, Link link) {
        update(
                server,
                "UPDATE patient_link SET last_opened_at = CURRENT_TIMESTAMP - INTERVAL '2' HOUR WHERE secret_hash = ?",
                link.hash());
    }

    /** Rows of exercise_log of a program, removed ones included. */
    public static long logRows(GaitwayServer server, Program program) {
        return AssessmentSite.count(server, "SELECT COUNT(*) FROM exercise_log WHERE program_id = ?", program.id());
    }

    /** Rows of exercise_log of a program that still count (not removed). */
    public static long countingRows(GaitwayServer server, Program program) {
        return AssessmentSite.count(
                server, "SELECT COUNT(*) FROM exercise_log WHERE program_id = ? AND removed_at IS NULL", program.id());
    }

    /** One row of exercise_log. */
    public record LogRow(
            long id,
            String exerciseName,
            int version,
            Integer pain,
            String difficulty,
            boolean changed,
            boolean removed,
            LocalDate doneOn) {}

    /** The program's log rows, oldest first. */
    public static List<LogRow> logOf(GaitwayServer server, Program program) {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement(
                        "SELECT id, exercise_name, program_version, pain, difficulty,"
                                + " changed_at, removed_at, done_on FROM exercise_log WHERE program_id = ? ORDER BY id")) {
            query.setLong(1, program.id());
            List<LogRow> rows = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    int pain = r.getInt("pain");
                    Integer painValue = r.wasNull() ? null : pain;
                    rows.add(new LogRow(
                            r.getLong("id"),
                            r.getString("exercise_name"),
                            r.getInt("program_version"),
                            painValue,
                            r.getString("difficulty"),
                            r.getObject("changed_at") != null,
                            r.getObject("removed_at") != null,
                            r.getObject("done_on", LocalDate.class)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One row of the audit trail. */
    public record AuditRow(
            Long userId,
            Long clinicId,
            String action,
            String recordType,
            String recordId,
            String outcome,
            String clientAddress,
            String detail) {}

    /** The audit trail's entries about one link, oldest first. */
    public static List<AuditRow> auditOfLink(GaitwayServer server, long linkId) {
        return audit(
                server,
                "SELECT user_id, clinic_id, action, record_type, record_id, outcome, client_address, detail"
                        + " FROM audit_entry WHERE record_type = 'program-link' AND record_id = ? ORDER BY id",
                String.valueOf(linkId));
    }

    /** Entries anywhere in the audit trail whose id or detail contain the text. */
    public static List<AuditRow> auditMentioning(GaitwayServer server, String text) {
        return audit(
                server,
                "SELECT user_id, clinic_id, action, record_type, record_id, outcome, client_address, detail"
                        + " FROM audit_entry WHERE POSITION(? IN COALESCE(record_id, '') || ' ' || COALESCE(detail, '')) > 0",
                text);
    }

    private static List<AuditRow> audit(GaitwayServer server, String sql, String parameter) {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            List<AuditRow> rows = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    rows.add(new AuditRow(
                            (Long) r.getObject("user_id", Long.class),
                            r.getObject("clinic_id", Long.class),
                            r.getString("action"),
                            r.getString("record_type"),
                            r.getString("record_id"),
                            r.getString("outcome"),
                            r.getString("client_address"),
                            r.getString("detail")));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text columns of a link's row, as stored. */
    public static List<String> storedTexts(GaitwayServer server, long linkId) {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement(
                        "SELECT secret_hash, hint, revoked_by_name FROM patient_link WHERE id = ?")) {
            query.setLong(1, linkId);
            try (ResultSet r = query.executeQuery()) {
                assertTrue(r.next(), "no link " + linkId);
                List<String> texts = new ArrayList<>();
                for (int i = 1; i <= 3; i++) {
                    texts.add(r.getString(i));
                }
                return texts;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long number(GaitwayServer server, String sql, String parameter) {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet r = query.executeQuery()) {
                assertTrue(r.next(), "nothing for " + sql);
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(GaitwayServer server, String sql, String parameter) {
        try (Connection db = server.openDatabase();
                PreparedStatement update = db.prepareStatement(sql)) {
            update.setString(1, parameter);
            assertEquals(1, update.executeUpdate(), sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- many at once, and what the server logged meanwhile ---

    /**
     * Sends {@code count} requests at the same moment (each on its own thread, all released together once every
     * thread is ready), as taps on a slow phone or many opened tabs arrive; returns the answers in order.
     */
    public static <T> List<T> simultaneously(int count, IntFunction<T> request) {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(n);
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get(120, TimeUnit.SECONDS));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Where the server log ends now; {@link #logSince} reads what was written after. */
    public static long logMark(GaitwayServer server) {
        try {
            return Files.size(server.log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String logSince(GaitwayServer server, long mark) {
        try (RandomAccessFile log = new RandomAccessFile(server.log().toFile(), "r")) {
            byte[] written = new byte[(int) Math.max(0, log.length() - mark)];
            log.seek(mark);
            log.readFully(written);
            return new String(written, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- reading the patient's pages ---

    /** The path of an address on this server. */
    public static String pathOf(String address) {
        return address.replaceFirst("^https?://[^/]+", "");
    }

    /** The first form in a part of a page (e.g. one exercise's card) that posts to the address. */
    public static Form formIn(Page page, String html, String actionAddress) {
        return new Page(page.status(), page.headers(), html).form(actionAddress);
    }

    /** Submits a form of a link page to its action, as a browser would. */
    public static Page submit(WebClient patient, Form form) {
        return patient.post(pathOf(form.action()), form.fields());
    }

    /** The exercise article of the patient page at a position (0 is the first). */
    public static String exerciseCard(Page page, int position) {
        Matcher m = Pattern.compile("<article[^>]*\\bid=\"item-" + position + "\"[^>]*>(.*?)</article>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(m.find(), "no exercise " + position + " on the page:\n" + page.body());
        return m.group(1);
    }

    /** Visible text of an HTML fragment. */
    public static String text(String html) {
        return ExerciseSite.text(html);
    }

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
