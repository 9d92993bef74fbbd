package app.gaitway.shared.backup;

import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Staff;
import app.gaitway.testing.BackupWait;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.RefusedStart;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * H2 encryption at rest end to end: an unencrypted installation is encrypted with the README's command while
 * stopped, starts with its key and keeps its patients and its audit chain; its database file, backups and data
 * directory are owner-only and hold no readable patient name; without the key it does not start.
 */
@DisabledIfEnvironmentVariable(
        named = "GAITWAY_TEST_PG_URL",
        matches = ".+",
        disabledReason = "H2's file encryption; a PostgreSQL volume is encrypted by its own server's means")
class EncryptionAtRestIT {

    private static final String FAMILY_NAME = "Quartermaine-Vasquez";

    @Test
    void anUnencryptedInstallationIsEncryptedByTheDocumentedCommandAndItsFilesAndBackupsAreUnreadable()
            throws Exception {
        GaitwayServer plain = GaitwayServer.start(
                "encrypt-later",
                Map.of(
                        "GAITWAY_DB_URL", GaitwayServer.DEFAULT_H2,
                        "GAITWAY_ADMIN_EMAIL", SharedServer.OWNER_EMAIL,
                        "GAITWAY_ADMIN_PASSWORD", SharedServer.OWNER_PASSWORD,
                        "GAITWAY_BACKUP_AT", "off"));
        Path dataDir = plain.workDir().resolve("data");
        long patient;
        try {
            patient = Patients.register(Staff.owner(plain), "Philippa", FAMILY_NAME);
        } finally {
            plain.close();
        }
        Path database = dataDir.resolve("gaitway.mv.db");
        assertEquals("rwx------", permissions(dataDir), "the data directory Gaitway created");
        assertEquals("rw-------", permissions(database), "the database file");
        assertTrue(readable(Files.readAllBytes(database)).contains(FAMILY_NAME), "the name in the plain file");

        Path keyDir = plain.workDir().resolve("keys");
        Files.createDirectories(keyDir);
        Path keyFile = keyDir.resolve("db.key");
        String key = "Nf3kQ8zT1wV6yB0rL5pD9sH2";
        Files.writeString(keyFile, key + "\n");
        // the README's command, with the server stopped
        Process encrypt = new ProcessBuilder(
                        "java",
                        "-cp",
                        Path.of("target/ROOT/WEB-INF/lib/h2-2.3.232.jar")
                                .toAbsolutePath()
                                .toString(),
                        "org.h2.tools.ChangeFileEncryption",
                        "-dir",
                        dataDir.toString(),
                        "-db",
                        "gaitway",
                        "-cipher",
                        "AES",
                        "-encrypt",
                        key)
                .redirectErrorStream(true)
                .start();
        String said = new String(encrypt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, encrypt.waitFor(), said);
        assertFalse(readable(Files.readAllBytes(database)).contains(FAMILY_NAME), "the name in the encrypted file");

        GaitwayServer encrypted = GaitwayServer.start(
                "encrypted",
                Map.of(
                        "GAITWAY_DB_URL",
                        GaitwayServer.DEFAULT_H2,
                        "GAITWAY_DATA_DIR",
                        dataDir.toString(),
                        "GAITWAY_DB_ENCRYPTION_KEY_FILE",
                        keyFile.toString(),
                        "GAITWAY_BACKUP_AT",
                        "off"));
        String backupName;
        try {
            WebClient owner = Staff.owner(encrypted);
            Page record = owner.get("/patients/" + patient);
            assertEquals(200, record.status());
            assertTrue(record.contains(FAMILY_NAME));
            Page verified = owner.submit("/admin/audit", "/admin/audit/verify", Map.of());
            assertTrue(verified.contains("The audit trail is intact"), verified.body());
            Patients.register(owner, "Ottilie", FAMILY_NAME); // written encrypted
            Page backedUp = owner.submit("/admin/backups", "/admin/backups/now", Map.of());
            assertEquals(303, backedUp.status(), backedUp.body());
            Matcher name = Pattern.compile("gaitway-\\d{8}T\\d{6}Z\\.zip")
                    .matcher(BackupWait.untilWritten(owner, Duration.ofSeconds(60))
                            .body());
            assertTrue(name.find());
            backupName = name.group();
        } finally {
            encrypted.close();
        }
        assertEquals("rw-------", permissions(database), "the encrypted database file");
        byte[] file = Files.readAllBytes(database);
        assertTrue(readable(file).startsWith("H2encrypt"));
        assertFalse(readable(file).contains(FAMILY_NAME), "a name in the encrypted file");
        Path backup = dataDir.resolve("backups").resolve(backupName);
        assertEquals("rw-------", permissions(backup), "the backup");
        assertEquals("rwx------", permissions(backup.getParent()), "the backup directory");
        String inBackup = readable(unzipped(backup));
        assertTrue(inBackup.startsWith("H2encrypt"), "the backup is the encrypted file");
        for (String plainText : List.of(FAMILY_NAME, "Philippa", "CREATE", "PATIENT", "INSERT")) {
            assertFalse(inBackup.contains(plainText), plainText + " readable in the backup");
        }

        RefusedStart.Outcome withoutKey = RefusedStart.of("encrypted-no-key", dataDir)
                .env("GAITWAY_DB_URL", "")
                .run(Duration.ofSeconds(120));
        assertEquals(78, withoutKey.exitCode(), withoutKey.toString());
        assertEquals(
                List.of("Gaitway cannot start: the database " + database + " is encrypted."
                        + " Set GAITWAY_DB_ENCRYPTION_KEY or GAITWAY_DB_ENCRYPTION_KEY_FILE to its key."),
                withoutKey.refusals().stream().distinct().toList());

        Path keyInside = dataDir.resolve("db.key");
        Files.writeString(keyInside, key);
        RefusedStart.Outcome keyInData = RefusedStart.of("encrypted-key-inside", dataDir)
                .env("GAITWAY_DB_URL", "")
                .env("GAITWAY_DB_ENCRYPTION_KEY_FILE", keyInside.toString())
                .run(Duration.ofSeconds(120));
        assertEquals(78, keyInData.exitCode(), keyInData.toString());
        assertTrue(
                keyInData.refusals().stream().anyMatch(line -> line.contains("is inside the data directory")),
                keyInData.toString());
    }

    private static String permissions(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** Bytes as text, one character per byte: strings stored in the clear show up in it. */
    private static String readable(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static byte[] unzipped(Path zip) throws java.io.IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            var out = new ByteArrayOutputStream();
            while (in.getNextEntry() != null) {
                in.transferTo(out);
            }
            return out.toByteArray();
        }
    }
}
