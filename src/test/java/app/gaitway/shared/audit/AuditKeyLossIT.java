package app.gaitway.shared.audit;

import app.gaitway.auditlog.AuditPages;
import app.gaitway.shared.db.Migrations;
import app.gaitway.shared.startup.StartupGuard;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.RefusedStart;
import app.gaitway.testing.WebClient;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static app.gaitway.auditlog.AuditPages.rows;
import static app.gaitway.auditlog.AuditPages.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data directory restored without its audit key: Gaitway refuses to start rather than
 * generate a new key and then call every earlier entry tampered with; told explicitly, it
 * starts a new chain, records that, and verifies the trail from there.
 */
@DisabledIfEnvironmentVariable(
        named = "GAITWAY_TEST_PG_URL",
        matches = ".+",
        disabledReason = "an H2 data directory whatever the environment: already run in the H2 pass")
class AuditKeyLossIT {

    private static final String EMAIL = "owner@key-loss.test";
    private static final String PASSWORD = "key loss test passphrase";

    @Test
    void aTrailWithoutItsKeyIsRefusedUntilANewChainIsAskedFor() throws SQLException {
        Path dataDir = RefusedStart.freshDirectory("audit-key-lost").resolve("data");
        long earlier = trailWrittenWithAKeyThatIsNowLost(dataDir);

        RefusedStart.Outcome refused =
                RefusedStart.of("audit-key-lost", dataDir).run(Duration.ofMinutes(6));

        assertEquals(StartupGuard.EXIT_CODE, refused.exitCode(), refused.toString());
        assertEquals(
                List.of(
                        "Gaitway cannot start: the audit trail holds 3 entries, but its key " + AuditKey.file(dataDir)
                                + " is missing (and GAITWAY_AUDIT_KEY is not set). Restore audit-hmac.key from the backup of this data"
                                + " directory, or set GAITWAY_AUDIT_KEY. Only if the key is lost for good, start once with"
                                + " GAITWAY_AUDIT_NEW_KEY=true: a new chain begins, and the 3 entries before it can no longer be verified."),
                refused.refusals(),
                refused.toString());
        assertFalse(refused.readinessStatuses().contains(200), refused.toString());
        assertFalse(Files.exists(AuditKey.file(dataDir)), "no key was generated behind the administrator's back");

        try (GaitwayServer server = GaitwayServer.start(
                "audit-new-key",
                Map.of(
                        "GAITWAY_DATA_DIR",
                        dataDir.toString(),
                        "GAITWAY_DB_URL",
                        "",
                        "GAITWAY_AUDIT_NEW_KEY",
                        "true",
                        "GAITWAY_ADMIN_EMAIL",
                        EMAIL,
                        "GAITWAY_ADMIN_PASSWORD",
                        PASSWORD))) {
            assertTrue(Files.exists(AuditKey.file(dataDir)), "the new key is kept for the next start");
            WebClient admin = new WebClient(server);
            assertEquals(303, admin.login(EMAIL, PASSWORD).status());
            String token = admin.get("/admin/audit").csrfToken().orElseThrow();

            WebClient.Page check = verify(admin, token);

            assertTrue(check.contains("The audit trail is intact"), check.body());
            long restart = earlier + 1;
            assertTrue(
                    check.contains("The chain was restarted with a new audit key at entry #" + restart), check.body());
            assertTrue(
                    check.contains(
                            "the 3 entries before it were written with a key that is missing and cannot be verified"),
                    check.body());
            AuditPages.Row restartRow =
                    rows(admin.get("/admin/audit?action=AUDIT_CHAIN_RESTART")).get(0);
            assertEquals(restart, restartRow.id());
            assertTrue(restartRow.shows("Audit chain restarted with a new key"), restartRow.html());
        }
    }

    /** A migrated database whose audit trail holds three entries chained with a key that no longer exists. */
    private static long trailWrittenWithAKeyThatIsNowLost(Path dataDir) throws SQLException {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dataDir.resolve("gaitway"));
        h2.setUser("gaitway");
        h2.setPassword("");
        Migrations.migrate(h2);
        AuditChain lost = new AuditChain(AuditKey.random());
        String previous = AuditChain.GENESIS;
        long lastId = 0;
        try (Connection db = h2.getConnection()) {
            for (int i = 0; i < 3; i++) {
                var content = new AuditRecordContent(
                        Instant.now(), null, null, "LOGIN", null, null, "FAILURE", "10.0.0.9", null);
                String hmac = lost.link(previous, content);
                try (PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO audit_entry (occurred_at, action, outcome,"
                                + " client_address, hmac) VALUES (?, ?, ?, ?, ?)",
                        new String[] {"id"})) {
                    insert.setTimestamp(1, Timestamp.from(content.occurredAt()));
                    insert.setString(2, content.action());
                    insert.setString(3, content.outcome());
                    insert.setString(4, content.clientAddress());
                    insert.setString(5, hmac);
                    insert.executeUpdate();
                    try (var keys = insert.getGeneratedKeys()) {
                        keys.next();
                        lastId = keys.getLong(1);
                    }
                }
                previous = hmac;
            }
            try (PreparedStatement head = db.prepareStatement(
                    "UPDATE audit_chain_head SET last_entry_id = ?, last_hmac = ?, entry_count = 3 WHERE id = 1")) {
                head.setLong(1, lastId);
                head.setString(2, previous);
                head.executeUpdate();
            }
        }
        return lastId;
    }
}
