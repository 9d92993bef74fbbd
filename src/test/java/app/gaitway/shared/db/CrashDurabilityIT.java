package app.gaitway.shared.db;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.patientside.web.LinkSite;
import app.gaitway.patientside.web.LinkSite.Link;
import app.gaitway.patientside.web.LinkSite.Program;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Staff;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A write the server has answered is a write that survives a crash. Four browsers write through the real forms
 * (new patients, assessment drafts saved, program versions saved, a patient's "done" and "remove" through the
 * private link) while the server process is killed with SIGKILL at a random moment; after a restart on the same
 * data every write that had been answered with its redirect must be there, with its audit entry, and the audit
 * chain must verify. Twice, on the database an installation without configuration gets (H2 in the data
 * directory), or on PostgreSQL when the run is given one.
 */
class CrashDurabilityIT {

    private static final Pattern PATIENT_PATH = Pattern.compile("^/patients/(\\d+)$");
    private static final Pattern ENTRY = Pattern.compile("name=\"entry\" value=\"(\\d+)\"");
    private static final int ROUNDS = 2;
    /** At least this many answered writes before the kill, however slow the machine; then a random moment more. */
    private static final int WRITES_PER_ROUND = 40;

    @Test
    void everyAnsweredWriteSurvivesAKillAndTheAuditChainStillVerifies() throws Exception {
        GaitwayServer server = GaitwayServer.start(
                "crash",
                Map.of(
                        "GAITWAY_DB_URL", GaitwayServer.DEFAULT_H2,
                        "GAITWAY_ADMIN_EMAIL", SharedServer.OWNER_EMAIL,
                        "GAITWAY_ADMIN_PASSWORD", SharedServer.OWNER_PASSWORD,
                        "GAITWAY_CLINIC_NAME", "Crash clinic"));
        Acknowledged acked = new Acknowledged();
        try {
            WebClient owner = Staff.owner(server);
            long draftPatient = Patients.register(owner, "Dora", "Drafts");
            acked.patients.add(draftPatient);
            Program program =
                    LinkSite.program(owner, Patients.register(owner, "Vera", "Versions"), "Crash plan", "Clamshell");
            Program logged =
                    LinkSite.program(owner, Patients.register(owner, "Lola", "Logs"), "Crash log plan", "Clamshell");
            Link link = LinkSite.createLink(owner, logged);

            for (int round = 1; round <= ROUNDS; round++) {
                Load load = new Load(server, acked, draftPatient, program, logged, link);
                long loadMillis = load.run(WRITES_PER_ROUND);
                load.expectTheEnd();
                server.kill();
                load.awaitWriters();
                int answeredInRound = load.answered.get();
                System.out.printf(
                        "CrashDurabilityIT round %d (%s): %d writes answered in %d ms (%.1f per second), then SIGKILL%n",
                        round,
                        server.usesPostgres() ? "PostgreSQL" : "H2",
                        answeredInRound,
                        loadMillis,
                        answeredInRound * 1000.0 / loadMillis);
                load.assertNoServerErrors();
                assertTrue(
                        answeredInRound >= WRITES_PER_ROUND,
                        "the load wrote too little to tell anything: " + answeredInRound);

                server = server.restart();
                WebClient admin = Staff.owner(server);
                Page verified = admin.submit("/admin/audit", "/admin/audit/verify", Map.of());
                assertEquals(200, verified.status(), verified.body());
                assertTrue(
                        verified.contains("The audit trail is intact"),
                        "after the kill of round " + round + ":\n" + verified.body());

                if (!server.usesPostgres()) {
                    server.close(); // the default H2 file is locked while its server runs
                }
                List<String> lost = lostWrites(server, acked, program, logged);
                System.out.printf(
                        "CrashDurabilityIT round %d: %d of %d answered writes lost%n",
                        round, lost.size(), acked.total());
                assertEquals(List.of(), lost, "answered writes missing after SIGKILL and restart");
                if (!server.usesPostgres() && round < ROUNDS) {
                    server = server.restart();
                }
            }
        } finally {
            server.close();
        }
    }

    /** What the server answered as saved, by kind. */
    private static final class Acknowledged {
        final List<Long> patients = new CopyOnWriteArrayList<>();
        /** Assessment id → the number in the last complaint the server answered as saved. */
        final Map<Long, Integer> draftNotes = new ConcurrentHashMap<>();

        final AtomicInteger versionsSaved = new AtomicInteger();
        final AtomicInteger logsDone = new AtomicInteger();
        final AtomicInteger logsRemoved = new AtomicInteger();

        int total() {
            return patients.size() + draftNotes.size() + versionsSaved.get() + logsDone.get() + logsRemoved.get();
        }
    }

    /** Four browsers writing as fast as the server answers, until the server goes away. */
    private static final class Load {
        private final GaitwayServer server;
        private final Acknowledged acked;
        private final long draftPatient;
        private final Program program;
        private final Program logged;
        private final Link link;
        private final AtomicBoolean ending = new AtomicBoolean();
        private final ExecutorService pool = Executors.newFixedThreadPool(4);
        private final AtomicInteger answered = new AtomicInteger();
        private final List<String> serverErrors = new CopyOnWriteArrayList<>();

        Load(GaitwayServer server, Acknowledged acked, long draftPatient, Program program, Program logged, Link link) {
            this.server = server;
            this.acked = acked;
            this.draftPatient = draftPatient;
            this.program = program;
            this.logged = logged;
            this.link = link;
        }

        /** Writes until at least that many were answered, and a random moment more; returns how long it took. */
        long run(int writes) throws InterruptedException {
            WebClient patients = Staff.owner(server);
            WebClient drafts = Staff.owner(server);
            WebClient versions = Staff.owner(server);
            WebClient patient = new WebClient(server);
            long started = System.nanoTime();
            pool.submit(() -> newPatients(patients));
            pool.submit(() -> until(() -> saveDraft(drafts)));
            pool.submit(() -> until(() -> saveVersion(versions)));
            pool.submit(() -> until(() -> logOrRemove(patient)));
            long deadline = started + TimeUnit.SECONDS.toNanos(120);
            while (answered.get() < writes && serverErrors.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(ThreadLocalRandom.current().nextLong(1_000));
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        }

        /** From now on a failed connection is the kill, not an error; the writers go on until the kill stops them. */
        void expectTheEnd() {
            ending.set(true);
        }

        void awaitWriters() throws InterruptedException {
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS), "the writers did not stop after the kill");
        }

        void assertNoServerErrors() {
            assertEquals(List.of(), serverErrors, "answers other than the expected redirect during the load");
        }

        private void until(Runnable write) {
            while (true) {
                try {
                    write.run();
                } catch (RuntimeException failed) {
                    if (!ending.get()) {
                        serverErrors.add(failed.toString());
                    }
                    return;
                }
            }
        }

        private void expectRedirect(Page page, String what) {
            if (page.status() != 303) {
                serverErrors.add(what + " answered " + page.status());
                throw new IllegalStateException(what + " answered " + page.status());
            }
            answered.incrementAndGet();
        }

        /** The form is read once: writes, not page renders, are what the load is made of. */
        private void newPatients(WebClient client) {
            Form blank;
            try {
                blank = client.get("/patients/new").form("/patients/new");
            } catch (RuntimeException failed) {
                serverErrors.add(failed.toString());
                return;
            }
            until(() -> newPatient(client, blank));
        }

        private void newPatient(WebClient client, Form blank) {
            Form form = blank.set("givenName", "Crash")
                    .set("familyName", "Patient " + answered.get())
                    .set("dateOfBirth", "1979-03-02")
                    .set("affectedSide", "LEFT")
                    .set("referralReason", "Lateral hip pain")
                    .set("icd10Code", "M25.55");
            Page created = client.submit(form);
            expectRedirect(created, "a new patient");
            Matcher m = PATIENT_PATH.matcher(created.location());
            assertTrue(m.matches(), created.location());
            acked.patients.add(Long.parseLong(m.group(1)));
        }

        private void saveDraft(WebClient client) {
            Page started =
                    client.submit("/patients/" + draftPatient, "/patients/" + draftPatient + "/assessments", Map.of());
            expectRedirect(started, "a new assessment");
            long id = AssessmentSite.idOf(started);
            acked.draftNotes.put(id, 0);
            for (int note = 1; note <= 3; note++) {
                Page saved =
                        AssessmentSite.save(client, id, Map.of("subjective.complaint", "Crash note " + note), "save");
                expectRedirect(saved, "a draft saved");
                acked.draftNotes.put(id, note);
            }
        }

        private void saveVersion(WebClient client) {
            String sets = acked.versionsSaved.get() % 2 == 0 ? "2" : "3";
            String action = program.path() + "/edit";
            Form form = client.get(action).form(action).set("items.0.sets", sets);
            Page saved = client.submit(form.remove("action").add("action", "save"));
            expectRedirect(saved, "a program version");
            acked.versionsSaved.incrementAndGet();
        }

        private void logOrRemove(WebClient patient) {
            Page page = patient.get(link.path());
            String card = LinkSite.exerciseCard(page, 0);
            Matcher entry = ENTRY.matcher(card);
            if (entry.find()) {
                Form remove = LinkSite.formIn(page, card, link.path() + "/log").add("action", "remove");
                expectRedirect(LinkSite.submit(patient, remove), "a log entry removed");
                acked.logsRemoved.incrementAndGet();
            } else {
                Form done = LinkSite.formIn(page, card, link.path() + "/log").set("pain", "2");
                expectRedirect(LinkSite.submit(patient, done), "a log entry");
                acked.logsDone.incrementAndGet();
            }
        }
    }

    /** Every answered write the database does not have, each in a line of its own (ids only). */
    private static List<String> lostWrites(GaitwayServer server, Acknowledged acked, Program program, Program logged)
            throws SQLException {
        List<String> lost = new ArrayList<>();
        try (Connection db = server.openDatabase()) {
            for (long patient : acked.patients) {
                if (count(db, "SELECT COUNT(*) FROM patient WHERE id = ?", patient) != 1) {
                    lost.add("patient " + patient);
                } else if (count(
                                db,
                                "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'patient' AND record_id = ?"
                                        + " AND action = 'CHANGE'",
                                String.valueOf(patient))
                        < 1) {
                    lost.add("the audit entry of patient " + patient);
                }
            }
            for (Map.Entry<Long, Integer> draft : acked.draftNotes.entrySet()) {
                String complaint = text(db, "SELECT field_values FROM assessment WHERE id = ?", draft.getKey());
                if (complaint == null) {
                    lost.add("assessment " + draft.getKey());
                } else if (draft.getValue() > 0 && noteNumber(complaint) < draft.getValue()) {
                    lost.add("note " + draft.getValue() + " of assessment " + draft.getKey());
                }
            }
            long versions = count(db, "SELECT COUNT(*) FROM program_version WHERE program_id = ?", program.id());
            if (versions < 1 + acked.versionsSaved.get()) {
                lost.add((1 + acked.versionsSaved.get() - versions) + " program versions");
            }
            long rows = count(db, "SELECT COUNT(*) FROM exercise_log WHERE program_id = ?", logged.id());
            long removed = count(
                    db,
                    "SELECT COUNT(*) FROM exercise_log WHERE program_id = ? AND removed_at IS NOT NULL",
                    logged.id());
            if (rows < acked.logsDone.get()) {
                lost.add((acked.logsDone.get() - rows) + " log entries");
            }
            if (removed < acked.logsRemoved.get()) {
                lost.add((acked.logsRemoved.get() - removed) + " log removals");
            }
        }
        return lost;
    }

    private static int noteNumber(String fieldValues) {
        Matcher m = Pattern.compile("Crash note (\\d+)").matcher(fieldValues);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static long count(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String text(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet r = query.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
