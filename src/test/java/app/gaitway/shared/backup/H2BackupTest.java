package app.gaitway.shared.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The online backup of an H2 file and its restore, on a database of the test's own (no server). */
class H2BackupTest {

    private static final String NAME = "Philippa Quartermaine";
    private static final String KEY = "k8Jw2fQ9vL3xR7tB1nM5pZ0s";

    @TempDir
    Path tmp;

    private static Connection open(Path dataDir, boolean encrypted) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve("gaitway") + (encrypted ? ";CIPHER=AES" : "");
        return DriverManager.getConnection(url, "gaitway", encrypted ? KEY + " " : "");
    }

    private static void createPatients(Connection db, int count) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS patient(id INT PRIMARY KEY, name VARCHAR(100))");
            for (int i = 0; i < count; i++) {
                s.execute("INSERT INTO patient VALUES (" + (1000 + i) + ", '" + NAME + " " + i + "')");
            }
        }
    }

    private static int patients(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM patient WHERE name LIKE 'Philippa%'")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static byte[] unzipped(Path zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            var out = new ByteArrayOutputStream();
            while (in.getNextEntry() != null) {
                in.transferTo(out);
            }
            return out.toByteArray();
        }
    }

    @Test
    void aBackupIsAnOwnerOnlyZipNamedByItsUtcTimeThatRestoresIntoAnEmptyDirectory() throws Exception {
        Path data = tmp.resolve("data");
        BackupDirectory dir = new BackupDirectory(tmp.resolve("backups"));
        BackupFile file;
        try (Connection db = open(data, false)) {
            createPatients(db, 3);
            file = H2Backup.take(db, dir, Instant.parse("2026-03-03T02:30:05.120Z"));
            createPatients(db, 0);
        }
        assertEquals("gaitway-20260303T023005Z.zip", file.name());
        Path zip = dir.path().resolve(file.name());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(zip)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.path())));
        assertEquals(List.of(file), dir.list());
        assertTrue(new String(unzipped(zip), StandardCharsets.ISO_8859_1).contains(NAME), "plain H2 file expected");

        Path restored = tmp.resolve("restored");
        var out = new ByteArrayOutputStream();
        assertEquals(
                0,
                RestoreBackup.run(
                        new PrintStream(out, true, StandardCharsets.UTF_8), zip.toString(), restored.toString()));
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(restored.resolve("gaitway.mv.db"))));
        try (Connection db = open(restored, false)) {
            assertEquals(3, patients(db));
        }
    }

    @Test
    void restoreRefusesADataDirectoryThatHoldsAnything() throws Exception {
        Path data = tmp.resolve("data");
        BackupFile file;
        BackupDirectory dir = new BackupDirectory(tmp.resolve("backups"));
        try (Connection db = open(data, false)) {
            createPatients(db, 1);
            file = H2Backup.take(db, dir, Instant.now());
        }
        Path occupied = tmp.resolve("occupied");
        Files.createDirectories(occupied);
        Files.writeString(occupied.resolve("audit-hmac.key"), "x");
        var out = new ByteArrayOutputStream();
        int status = RestoreBackup.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                dir.path().resolve(file.name()).toString(),
                occupied.toString());
        assertEquals(1, status);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("is not an empty directory"), out.toString());
        assertFalse(Files.exists(occupied.resolve("gaitway.mv.db")));
    }

    @Test
    void restoreRefusesAZipThatIsNotABackup() throws Exception {
        Path zip = tmp.resolve("other.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("../../etc/cron.d/x"));
            out.write(1);
        }
        assertThrows(RestoreBackup.Refused.class, () -> RestoreBackup.restore(zip, tmp.resolve("new")));
        assertFalse(Files.exists(tmp.resolve("new").resolve("gaitway.mv.db")));
    }

    @Test
    void aBackupOfAnEncryptedDatabaseIsEncryptedWithTheSameKey() throws Exception {
        Path data = tmp.resolve("data");
        BackupDirectory dir = new BackupDirectory(tmp.resolve("backups"));
        BackupFile file;
        try (Connection db = open(data, true)) {
            createPatients(db, 50);
            file = H2Backup.take(db, dir, Instant.now());
        }
        byte[] content = unzipped(dir.path().resolve(file.name()));
        String text = new String(content, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("H2encrypt"), "H2's header of an encrypted file");
        assertFalse(text.contains("Philippa"), "a patient's name readable in the backup");
        assertFalse(text.contains("PATIENT"), "a table name readable in the backup");
        assertFalse(text.contains("CREATE"), "SQL readable in the backup");

        Path restored = tmp.resolve("restored");
        RestoreBackup.restore(dir.path().resolve(file.name()), restored);
        try (Connection db = open(restored, true)) {
            assertEquals(50, patients(db));
        }
        assertThrows(SQLException.class, () -> open(restored, false).close(), "opened without its key");
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        BackupDirectory dir = new BackupDirectory(tmp.resolve("backups"));
        dir.create();
        Instant first = Instant.parse("2026-03-01T02:30:00Z");
        for (int day = 0; day < 5; day++) {
            var target = dir.target(first.plusSeconds(86_400L * day));
            Files.writeString(target.partial(), "backup " + day);
            target.finish();
        }
        Files.writeString(dir.path().resolve("notes.txt"), "the operator's own file");
        assertEquals(2, dir.prune(3));
        List<String> left = dir.list().stream().map(BackupFile::name).toList();
        assertEquals(
                List.of("gaitway-20260305T023000Z.zip", "gaitway-20260304T023000Z.zip", "gaitway-20260303T023000Z.zip"),
                left);
        assertTrue(Files.exists(dir.path().resolve("notes.txt")));
    }

    @Test
    void twoBackupsInOneSecondGetTwoNames() throws Exception {
        BackupDirectory dir = new BackupDirectory(tmp.resolve("backups"));
        dir.create();
        Instant at = Instant.parse("2026-03-01T02:30:00Z");
        var first = dir.target(at);
        Files.writeString(first.partial(), "1");
        first.finish();
        var second = dir.target(at);
        assertEquals(
                "gaitway-20260301T023000Z-2.zip",
                second.complete().getFileName().toString());
    }
}
