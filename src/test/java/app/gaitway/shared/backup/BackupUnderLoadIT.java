package app.gaitway.shared.backup;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Staff;
import app.gaitway.testing.BackupWait;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test of online backups: four browsers create patients and assessments through the real forms while
 * the owner presses "Back up now"; the backup is restored with the README's command into an empty directory, and
 * the restored database holds every write answered before the backup began, every table equals the source as of
 * the backup (every row the source had before it, no row the source did not have after it), and a server started
 * on it verifies its audit chain.
 */
@DisabledIfEnvironmentVariable(
        named = "GAITWAY_TEST_PG_URL",
        matches = ".+",
        disabledReason = "H2's online backup; PostgreSQL's pg_dump and pg_restore are checked by PgDumpRestoreIT")
class BackupUnderLoadIT {

    private static final Pattern PATIENT_PATH = Pattern.compile("^/patients/(\\d+)$");
    /** Enough answered writes before the backup that it runs under load, on the slowest machine we met. */
    private static final int WRITES_BEFORE_BACKUP = 30;

    /** An answered write: what it created, and when its answer arrived (System.nanoTime). */
    private record Write(String table, long id, long answeredAt) {}

    @Test
    void aBackupTakenUnderWriteLoadRestoresEveryWriteAnsweredBeforeItAndVerifies() throws Exception {
        GaitwayServer source = GaitwayServer.start(
                "backup-load",
                Map.of(
                        "GAITWAY_ADMIN_EMAIL",
                        SharedServer.OWNER_EMAIL,
                        "GAITWAY_ADMIN_PASSWORD",
                        SharedServer.OWNER_PASSWORD,
                        "GAITWAY_CLINIC_NAME",
                        "Backup clinic",
                        "GAITWAY_BACKUP_AT",
                        "off"));
        List<Write> answered = new CopyOnWriteArrayList<>();
        List<String> errors = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        Path dataDir = source.workDir().resolve("data");
        TableContents before;
        TableContents after;
        long backupBegan;
        String backupName;
        try {
            WebClient owner = Staff.owner(source);
            long assessed = Patients.register(owner, "Bea", "Backup");
            for (int i = 0; i < 2; i++) {
                WebClient client = Staff.owner(source);
                Form blank = client.get("/patients/new").form("/patients/new");
                writers.submit(() -> until(stop, errors, () -> newPatient(client, blank, answered)));
                WebClient assessor = Staff.owner(source);
                writers.submit(() -> until(stop, errors, () -> newAssessment(assessor, assessed, answered)));
            }
            awaitWrites(answered, errors, WRITES_BEFORE_BACKUP);

            try (Connection db = source.openDatabase()) {
                before = TableContents.of(db);
            }
            Page page = owner.get("/admin/backups");
            assertEquals(200, page.status());
            int writesBefore = answered.size();
            backupBegan = System.nanoTime();
            Page backedUp = owner.submit("/admin/backups", "/admin/backups/now", Map.of());
            assertEquals(303, backedUp.status(), backedUp.body());
            // the backup runs in the background: it has ended once the page no longer says it is under way
            Page listed = BackupWait.untilWritten(owner, Duration.ofSeconds(120));
            long backupEnded = System.nanoTime();
            try (Connection db = source.openDatabase()) {
                after = TableContents.of(db);
            }
            Matcher name = Pattern.compile("gaitway-\\d{8}T\\d{6}Z\\.zip").matcher(listed.body());
            assertTrue(name.find(), listed.body());
            backupName = name.group();
            long duringBackup = answered.stream()
                    .filter(w -> w.answeredAt() > backupBegan && w.answeredAt() < backupEnded)
                    .count();
            awaitWrites(answered, errors, answered.size() + 10);
            stop.set(true);
            writers.shutdown();
            assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
            assertEquals(List.of(), errors, "answers other than the expected redirect during the load");
            System.out.printf(
                    "BackupUnderLoadIT: %d writes answered before the backup, %d while it ran (%d ms), %d in all%n",
                    writesBefore,
                    duringBackup,
                    TimeUnit.NANOSECONDS.toMillis(backupEnded - backupBegan),
                    answered.size());
        } finally {
            stop.set(true);
            writers.shutdownNow();
            source.close();
        }

        Path backup = dataDir.resolve("backups").resolve(backupName);
        assertEquals(
                "rw-------",
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        Path restored = source.workDir().resolve("restored");
        Process restore = new ProcessBuilder(
                        "java",
                        "-cp",
                        Path.of("target/classes").toAbsolutePath().toString(),
                        "app.gaitway.shared.backup.RestoreBackup",
                        backup.toString(),
                        restored.toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(restore.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, restore.waitFor(), said);

        String restoredUrl = "jdbc:h2:file:" + restored.resolve("gaitway") + ";AUTO_SERVER=TRUE";
        TableContents fromBackup;
        try (Connection db = DriverManager.getConnection(restoredUrl, "gaitway", "")) {
            fromBackup = TableContents.of(db);
        }
        List<String> lost = answered.stream()
                .filter(w -> w.answeredAt() < backupBegan)
                .filter(w -> !fromBackup.rowsByTable().containsKey(w.table()) || !has(restoredUrl, w))
                .map(w -> w.table() + " " + w.id())
                .toList();
        assertEquals(List.of(), lost, "writes answered before the backup began, missing from it");

        assertEquals(
                Map.of(),
                fromBackup.differencesFromSource(before, after),
                "tables in the backup that differ from the source as of the backup");
        assertEquals(1, fromBackup.rows("audit_chain_head"));
        assertTrue(fromBackup.rows("patient") > before.rows("patient") - 1);

        for (String key : List.of("audit-hmac.key", "link-secret.key")) {
            Files.copy(dataDir.resolve(key), restored.resolve(key));
        }
        GaitwayServer onBackup = GaitwayServer.start(
                "backup-restored",
                Map.of(
                        "GAITWAY_DATA_DIR",
                        restored.toString(),
                        "GAITWAY_DB_URL",
                        restoredUrl,
                        "GAITWAY_BACKUP_AT",
                        "off"));
        try {
            WebClient admin = Staff.owner(onBackup);
            Page verified = admin.submit("/admin/audit", "/admin/audit/verify", Map.of());
            assertTrue(verified.contains("The audit trail is intact"), verified.body());
            Write firstPatient = answered.stream()
                    .filter(w -> w.table().equals("patient"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(200, admin.get("/patients/" + firstPatient.id()).status());
        } finally {
            onBackup.close();
        }
    }

    private static boolean has(String url, Write write) {
        try (Connection db = DriverManager.getConnection(url, "gaitway", "");
                var query = db.prepareStatement("SELECT COUNT(*) FROM " + write.table() + " WHERE id = ?")) {
            query.setLong(1, write.id());
            try (var r = query.executeQuery()) {
                return r.next() && r.getLong(1) == 1;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitWrites(List<Write> answered, List<String> errors, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (answered.size() < count && errors.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(List.of(), errors);
        assertTrue(answered.size() >= count, "the load wrote too little: " + answered.size());
    }

    private static void until(AtomicBoolean stop, List<String> errors, Runnable write) {
        while (!stop.get()) {
            try {
                write.run();
            } catch (RuntimeException | AssertionError failed) {
                if (!stop.get()) {
                    errors.add(failed.toString());
                }
                return;
            }
        }
    }

    private static void newPatient(WebClient client, Form blank, List<Write> answered) {
        Page created = client.submit(blank.set("givenName", "Load")
                .set("familyName", "Patient " + answered.size())
                .set("dateOfBirth", "1979-03-02")
                .set("affectedSide", "LEFT")
                .set("referralReason", "Lateral hip pain")
                .set("icd10Code", "M25.55"));
        long at = System.nanoTime();
        if (created.status() != 303) {
            throw new IllegalStateException("a new patient answered " + created.status());
        }
        Matcher m = PATIENT_PATH.matcher(created.location());
        if (!m.matches()) {
            throw new IllegalStateException(created.location());
        }
        answered.add(new Write("patient", Long.parseLong(m.group(1)), at));
    }

    private static void newAssessment(WebClient client, long patient, List<Write> answered) {
        Page started = client.submit("/patients/" + patient, "/patients/" + patient + "/assessments", Map.of());
        long at = System.nanoTime();
        if (started.status() != 303) {
            throw new IllegalStateException("a new assessment answered " + started.status());
        }
        answered.add(new Write("assessment", AssessmentSite.idOf(started), at));
    }
}
