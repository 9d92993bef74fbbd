package app.gaitway.shared.audit;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static app.gaitway.auditlog.AuditPages.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cutting entries off the end of the audit trail and moving the chain's head row back to match passes the chain's
 * own check; the checkpoint written outside the database gives it away, with the number of entries missing, on the
 * check an administrator runs and on the scheduled one the audit log page shows. On a server of its own (the chain
 * stays broken), with the audit key in a file outside the data directory.
 */
class AuditCheckpointIT {

    private static final String EMAIL = "owner@checkpoint.test";
    private static final String PASSWORD = "checkpoint test passphrase";

    private static Path keyDir;
    private static GaitwayServer server;

    @BeforeAll
    static void startServer() throws IOException {
        keyDir = Files.createTempDirectory("gaitway-audit-key");
        server = GaitwayServer.start(
                "audit-checkpoint",
                Map.of(
                        "GAITWAY_ADMIN_EMAIL",
                        EMAIL,
                        "GAITWAY_ADMIN_PASSWORD",
                        PASSWORD,
                        "GAITWAY_AUDIT_KEY_FILE",
                        keyDir.resolve("audit.key").toString(),
                        "GAITWAY_AUDIT_VERIFY_SECONDS",
                        "2"));
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
        Files.deleteIfExists(keyDir.resolve("audit.key"));
        Files.deleteIfExists(keyDir);
    }

    @Test
    void keyKeptOutsideTheDataDirectoryIsUsedAndNotWarnedAbout() {
        assertTrue(
                Files.exists(keyDir.resolve("audit.key")), "the key was generated where GAITWAY_AUDIT_KEY_FILE says");
        assertFalse(Files.exists(server.workDir().resolve("data").resolve("audit-hmac.key")));
        assertFalse(server.logSince(0).contains("is inside the data directory"), "no warning for a key kept apart");
    }

    @Test
    void entriesCutOffTheEndAreReportedWithTheNumberMissing() throws SQLException, IOException, InterruptedException {
        WebClient admin = new WebClient(server);
        assertEquals(303, admin.login(EMAIL, PASSWORD).status());
        for (int i = 0; i < 4; i++) {
            assertEquals(200, admin.get("/admin/audit").status()); // each view is an entry
        }
        String token = admin.get("/admin/audit").csrfToken().orElseThrow();
        assertTrue(verify(admin, token).contains("The audit trail is intact"), "precondition");

        assertEquals(
                303,
                admin.post("/admin/audit/checkpoint", Map.of("_csrf", token)).status());
        long count = single("SELECT entry_count FROM audit_chain_head");
        long last = single("SELECT last_entry_id FROM audit_chain_head");
        List<String> lines = Files.readAllLines(server.workDir().resolve("data").resolve(AuditCheckpoints.FILE_NAME));
        String checkpoint = lines.get(lines.size() - 1);
        assertTrue(checkpoint.contains(" entries=" + count + " last=" + last + " "), checkpoint);

        // what someone with write access to the database alone can do: cut off the last 3 entries, rewind the head
        long keep = single("SELECT MAX(id) FROM audit_entry WHERE id < (SELECT MIN(id) FROM"
                + " (SELECT id FROM audit_entry ORDER BY id DESC FETCH FIRST 3 ROWS ONLY) newest)");
        try (Connection db = server.openDatabase();
                Statement st = db.createStatement()) {
            assertEquals(3, st.executeUpdate("DELETE FROM audit_entry WHERE id > " + keep));
            try (PreparedStatement head = db.prepareStatement("UPDATE audit_chain_head SET last_entry_id = ?,"
                    + " last_hmac = (SELECT hmac FROM audit_entry WHERE id = ?), entry_count = ? WHERE id = 1")) {
                head.setLong(1, keep);
                head.setLong(2, keep);
                head.setLong(3, count - 3);
                assertEquals(1, head.executeUpdate());
            }
        }

        WebClient.Page check = verify(admin, token);
        assertTrue(check.contains("The audit trail has been tampered with"), check.body());
        assertTrue(check.contains("3 entries are missing: the checkpoint of "), check.body());

        WebClient.Page page = awaitScheduledCheck(admin);
        assertTrue(page.contains("3 entries are missing"), page.body());
        assertTrue(page.contains("The audit trail has been tampered with"), page.body());

        // the server refuses to certify the shortened chain with a new checkpoint
        assertEquals(
                303,
                admin.post("/admin/audit/checkpoint", Map.of("_csrf", token)).status());
        assertTrue(admin.get("/admin/audit").contains("Checkpoint refused"));
        List<String> after = Files.readAllLines(server.workDir().resolve("data").resolve(AuditCheckpoints.FILE_NAME));
        assertEquals(checkpoint, after.get(after.size() - 1), "no checkpoint of the shortened chain");
        assertTrue(verify(admin, token).contains("3 entries are missing"), "still 3 after the trail went on");
    }

    /** The audit log page once the scheduled check (every 2 s here) has run after the administrator's. */
    private static WebClient.Page awaitScheduledCheck(WebClient admin) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        WebClient.Page page = admin.get("/admin/audit");
        while (!page.contains("Checked automatically at") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            page = admin.get("/admin/audit");
        }
        assertTrue(page.contains("Checked automatically at"), page.body());
        return page;
    }

    private static long single(String sql) throws SQLException {
        try (Connection db = server.openDatabase();
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
