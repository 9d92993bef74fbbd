package app.gaitway.shared.backup;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Staff;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's PostgreSQL backup: {@code pg_dump --format=custom} of a database Gaitway wrote to, restored with
 * {@code pg_restore} into a fresh database, holds every table equal, and a server started on it verifies its audit
 * chain. Runs in the PostgreSQL pass (GAITWAY_TEST_PG_URL) where the PostgreSQL client programs are installed.
 */
@EnabledIfEnvironmentVariable(named = "GAITWAY_TEST_PG_URL", matches = ".+")
class PgDumpRestoreIT {

    @Test
    void aCustomFormatDumpRestoresIntoAFreshDatabaseWithEveryTableEqualAndTheChainVerifying() throws Exception {
        Optional<Path> bin = postgresBin();
        assumeTrue(bin.isPresent(), "pg_dump and pg_restore are not installed");
        GaitwayServer source = GaitwayServer.start(
                "pgdump",
                Map.of(
                        "GAITWAY_ADMIN_EMAIL", SharedServer.OWNER_EMAIL,
                        "GAITWAY_ADMIN_PASSWORD", SharedServer.OWNER_PASSWORD));
        GaitwayServer.DatabaseLogin login = source.databaseLogin();
        Path dump = source.workDir().resolve("gaitway.dump");
        TableContents original;
        try {
            WebClient owner = Staff.owner(source);
            for (int i = 0; i < 5; i++) {
                long patient = Patients.register(owner, "Dumped", "Patient " + i);
                Page started = owner.submit("/patients/" + patient, "/patients/" + patient + "/assessments", Map.of());
                assertEquals(303, started.status());
                AssessmentSite.idOf(started);
            }
            owner.submit("/admin/audit", "/admin/audit/verify", Map.of());
            // the README's command, while the server runs: pg_dump reads one consistent snapshot
            run(bin.get(), login, "pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + database(login.url()));
        } finally {
            source.close();
        }
        try (Connection db = DriverManager.getConnection(login.url(), login.user(), login.password())) {
            original = TableContents.of(db);
        }

        String fresh = "gaitway_restored_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = DriverManager.getConnection(
                        System.getenv("GAITWAY_TEST_PG_URL"), login.user(), login.password());
                var statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + fresh);
        }
        String restoredUrl = login.url().replace("/" + database(login.url()), "/" + fresh);
        run(bin.get(), login, "pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + fresh, dump.toString());
        TableContents restored;
        try (Connection db = DriverManager.getConnection(restoredUrl, login.user(), login.password())) {
            restored = TableContents.of(db);
        }
        assertTrue(original.rows("patient") >= 5);
        assertEquals(original.rowsByTable().keySet(), restored.rowsByTable().keySet());
        assertEquals(original, restored, "a table differs after pg_dump and pg_restore");

        GaitwayServer onRestored = GaitwayServer.start(
                "pgdump-restored",
                Map.of(
                        "GAITWAY_DB_URL",
                        restoredUrl,
                        "GAITWAY_DATA_DIR",
                        source.workDir().resolve("data").toString()));
        try {
            Page verified = Staff.owner(onRestored).submit("/admin/audit", "/admin/audit/verify", Map.of());
            assertTrue(verified.contains("The audit trail is intact"), verified.body());
        } finally {
            onRestored.close();
        }
    }

    private static void run(Path bin, GaitwayServer.DatabaseLogin login, String program, String... args)
            throws IOException, InterruptedException, SQLException {
        URI where = URI.create(login.url().substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(
                bin.resolve(program).toString(),
                "--host=" + where.getHost(),
                "--port=" + (where.getPort() < 0 ? 5432 : where.getPort()),
                "--username=" + login.user(),
                "--no-password"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", login.password());
        Process process = builder.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), program + " failed: " + said);
    }

    private static String database(String jdbcUrl) {
        String path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
        return path.substring(1);
    }

    /** The newest installed PostgreSQL's programs (Debian's layout, as .ci/run finds them), or those on the PATH. */
    private static Optional<Path> postgresBin() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("pg_dump")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent())));
                if (newest.isPresent()) {
                    return newest;
                }
            }
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .map(Path::of)
                .filter(b -> Files.isExecutable(b.resolve("pg_dump")) && Files.isExecutable(b.resolve("pg_restore")))
                .findFirst();
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString().replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
