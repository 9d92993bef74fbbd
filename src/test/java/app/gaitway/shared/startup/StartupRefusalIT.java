package app.gaitway.shared.startup;

import app.gaitway.shared.audit.AuditKey;
import app.gaitway.shared.db.Migrations;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.RefusedStart;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gaitway started where it cannot work ends with one clear line and a non-zero exit
 * status, and /health/ready never says UP meanwhile. Before, each of these left a
 * process that Payara called ready: serving 404s, or 500 at every sign-in.
 */
@DisabledIfEnvironmentVariable(
        named = "GAITWAY_TEST_PG_URL",
        matches = ".+",
        disabledReason = "H2 data directories whatever the environment: already run in the H2 pass")
class StartupRefusalIT {

    /** Generous: a start on a busy 2-core machine took up to four minutes. */
    static final Duration LIMIT = Duration.ofMinutes(6);

    @Test
    void refusesADataDirectoryItCannotWriteTo() throws Exception {
        Path dataDir = RefusedStart.freshDirectory("read-only-data").resolve("data");
        installation(dataDir);
        boolean root = RefusedStart.isRoot();
        if (!root) {
            makeReadOnly(dataDir); // as root, the server runs as nobody in a directory root owns instead
        }
        try {
            RefusedStart.Outcome outcome = RefusedStart.of("read-only-data", dataDir)
                    .asUnprivilegedUserWhenRoot()
                    .run(LIMIT);

            assertRefused(
                    outcome,
                    "Gaitway cannot start: the data directory " + dataDir + " is read-only."
                            + " Give the user running Gaitway write access to it, or set GAITWAY_DATA_DIR.");
        } finally {
            makeWritable(dataDir);
        }
    }

    @Test
    void refusesADataDirectoryThatCannotBeCreated() throws IOException {
        Path blocker = RefusedStart.freshDirectory("uncreatable-data").resolve("not-a-directory");
        Files.writeString(blocker, "a file where a directory should be");
        Path dataDir = blocker.resolve("data");

        RefusedStart.Outcome outcome =
                RefusedStart.of("uncreatable-data", dataDir).run(LIMIT);

        assertRefused(
                outcome,
                "Gaitway cannot start: the data directory " + dataDir + " cannot be created: " + blocker
                        + " is a file, not a directory. Move that file away, or set GAITWAY_DATA_DIR to a directory Gaitway can create.");
    }

    @Test
    void refusesADatabaseThatAnotherInstanceHasOpen() {
        // both on the default URL: no AUTO_SERVER, so H2 locks the file for the first one
        try (GaitwayServer first = GaitwayServer.start("lock-holder", Map.of("GAITWAY_DB_URL", ""))) {
            Path dataDir = first.workDir().resolve("data");

            RefusedStart.Outcome outcome =
                    RefusedStart.of("second-instance", dataDir).run(LIMIT);

            assertRefused(
                    outcome,
                    "Gaitway cannot start: the database " + dataDir.resolve("gaitway.mv.db")
                            + " is in use by another process (is Gaitway already running on this data directory?)."
                            + " Stop the other instance, or give this one its own GAITWAY_DATA_DIR.");
        }
    }

    @Test
    void anyOtherFailedDeploymentEndsTheProcessToo() {
        Path dataDir = RefusedStart.freshDirectory("failed-deployment").resolve("data");

        // a database Gaitway has no driver for: Hibernate fails early in the deployment, which Payara then calls ready
        RefusedStart.Outcome outcome = RefusedStart.of("failed-deployment", dataDir)
                .env("GAITWAY_DB_URL", "jdbc:nosuchdb://localhost/gaitway")
                .run(LIMIT);

        assertRefused(
                outcome,
                "Gaitway cannot start: the application failed to deploy. The first SEVERE message above"
                        + " says why; fix that and start Gaitway again.");
    }

    /**
     * For comparison: a start that works answers nothing until it can serve, then ready.
     * Before the HTTP port stayed closed during start-up (pre-boot-commands.txt), Payara
     * answered 404, then 503, then for about 3 s 500 on every address while it started the
     * web module; asked every tenth of a second, that window cannot slip through.
     */
    @Test
    void aGoodStartAnswersNothingUntilItIsReady() {
        Path dataDir = RefusedStart.freshDirectory("good-start").resolve("data");

        RefusedStart.Outcome outcome = RefusedStart.of("good-start", dataDir).runUntilReady(LIMIT);

        assertEquals(List.of(200), outcome.readinessStatuses(), "closed until ready, then ready: " + outcome);
        assertFalse(outcome.pageStatuses().contains(500), "never an error on the way: " + outcome);
        assertFalse(outcome.pageStatuses().contains(404), "never a page missing on the way: " + outcome);
        assertEquals(List.of(), outcome.refusals());
        assertTrue(outcome.log().stream().anyMatch(line -> line.contains("Gaitway started")), outcome.toString());
    }

    static void assertRefused(RefusedStart.Outcome outcome, String expectedLine) {
        assertEquals(
                StartupGuard.EXIT_CODE,
                outcome.exitCode(),
                "the process ends with the start-up failure code: " + outcome);
        assertEquals(List.of(expectedLine), outcome.refusals(), "one line names the cause and the fix: " + outcome);
        assertFalse(outcome.readinessStatuses().contains(200), "never ready: " + outcome);
        assertFalse(outcome.readinessStatuses().contains(500), "DOWN is 503, never an error: " + outcome);
    }

    /** A data directory as a previous start leaves it: the migrated H2 database and the audit key. */
    static void installation(Path dataDir) {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dataDir.resolve("gaitway"));
        h2.setUser("gaitway");
        h2.setPassword("");
        Migrations.migrate(h2);
        AuditKey.resolve(null, dataDir);
    }

    private static void makeReadOnly(Path dataDir) throws IOException {
        try (var files = Files.list(dataDir)) {
            for (Path file : files.toList()) {
                file.toFile().setWritable(false, false);
            }
        }
        dataDir.toFile().setWritable(false, false);
    }

    private static void makeWritable(Path dataDir) throws IOException {
        dataDir.toFile().setWritable(true);
        try (var files = Files.list(dataDir)) {
            for (Path file : files.toList()) {
                file.toFile().setWritable(true);
            }
        }
    }
}
