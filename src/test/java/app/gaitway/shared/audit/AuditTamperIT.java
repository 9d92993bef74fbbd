package app.gaitway.shared.audit;

import app.gaitway.auditlog.AuditPages;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static app.gaitway.auditlog.AuditPages.rows;
import static app.gaitway.auditlog.AuditPages.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tampers with the audit trail directly in the database and checks that the chain check
 * names the place. On a server of its own: a broken chain on the shared server would fail
 * every other test that verifies it. Each test puts the rows back as they were.
 */
class AuditTamperIT {

    private static final String EMAIL = "owner@tamper.test";
    private static final String PASSWORD = "tamper test passphrase";

    private static GaitwayServer server;

    private WebClient admin;
    private String token;

    @BeforeAll
    static void startServer() {
        server = GaitwayServer.start(
                "audit-tamper",
                Map.of(
                        "GAITWAY_ADMIN_EMAIL",
                        EMAIL,
                        "GAITWAY_ADMIN_PASSWORD",
                        PASSWORD,
                        "GAITWAY_ADMIN_NAME",
                        "Tess Tamper",
                        "GAITWAY_TRUST_PROXY",
                        "true"));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void signIn() {
        admin = new WebClient(server);
        assertEquals(303, admin.login(EMAIL, PASSWORD).status());
        token = admin.get("/admin/audit").csrfToken().orElseThrow();
        WebClient.Page check = verify(admin, token);
        assertTrue(check.contains("The audit trail is intact"), "precondition: " + check.body());
    }

    @Test
    void alteredEntryIsReportedAtExactlyThatEntry() throws SQLException {
        long id = single("SELECT MAX(id) FROM audit_entry WHERE action = 'LOGIN' AND outcome = 'SUCCESS'");
        update("UPDATE audit_entry SET outcome = 'FAILURE' WHERE id = " + id);
        try {
            WebClient.Page check = verify(admin, token);

            assertTrue(check.contains("The audit trail has been tampered with"), check.body());
            assertTrue(
                    check.contains("Entry #" + id + " does not match the chain: this entry was altered"), check.body());
            assertTrue(check.contains("The chain breaks at entry #" + id + "."), check.body());
            String link = "#entry-" + id + "\">Show entry #" + id + " in the log</a>";
            assertTrue(check.contains(link), check.body());

            String query = check.body()
                    .replaceFirst("(?s).*href=\"/admin/audit\\?([^\"#]+)#entry-" + id + "\".*", "$1")
                    .replace("&amp;", "&");
            AuditPages.Row first = rows(admin.get("/admin/audit?" + query)).get(0);
            assertEquals(id, first.id(), "the link opens the log at the altered entry");
            assertTrue(first.shows("Failed"), "the altered value is what the log shows");
        } finally {
            update("UPDATE audit_entry SET outcome = 'SUCCESS' WHERE id = " + id);
        }
        assertTrue(verify(admin, token).contains("The audit trail is intact"));
        assertTrue(
                rows(admin.get("/admin/audit?action=AUDIT_VERIFY&outcome=FAILURE")).stream()
                        .anyMatch(r -> r.shows("broken at entry #" + id)),
                "the failed check is itself recorded");
    }

    @Test
    void removedEntryIsReportedAtTheNextOneNamingTheGap() throws SQLException {
        long id = single("SELECT MAX(id) FROM audit_entry WHERE action = 'LOGIN'");
        long before = single("SELECT MAX(id) FROM audit_entry WHERE id < " + id);
        long after = single("SELECT MIN(id) FROM audit_entry WHERE id > " + id);
        String backup = removeKeepingACopy(id);
        try {
            WebClient.Page check = verify(admin, token);

            assertTrue(check.contains("The audit trail has been tampered with"), check.body());
            assertTrue(
                    check.contains("Entry #" + after + " does not match the chain, and entries between #" + before
                            + " and #" + after + " are missing"),
                    check.body());
        } finally {
            restore(backup);
        }
        assertTrue(verify(admin, token).contains("The audit trail is intact"));
    }

    @Test
    void removedNewestEntryIsReportedThroughTheChainHead() throws SQLException {
        long newest = single("SELECT MAX(id) FROM audit_entry");
        long before = single("SELECT MAX(id) FROM audit_entry WHERE id < " + newest);
        String backup = removeKeepingACopy(newest);
        try {
            WebClient.Page check = verify(admin, token); // appends only after it has walked the chain

            assertTrue(check.contains("The audit trail has been tampered with"), check.body());
            assertTrue(check.contains("The last 1 entries after #" + before + " have been removed."), check.body());
        } finally {
            restore(backup);
        }
        assertTrue(verify(admin, token).contains("The audit trail is intact"));
    }

    private static long single(String sql) throws SQLException {
        try (Connection db = server.openDatabase();
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(String sql) throws SQLException {
        try (Connection db = server.openDatabase();
                Statement st = db.createStatement()) {
            assertEquals(1, st.executeUpdate(sql), sql);
        }
    }

    /** Deletes an entry after copying it into a table of its own, so the test can put it back. */
    private static String removeKeepingACopy(long id) throws SQLException {
        String backup = "audit_entry_backup_" + id;
        try (Connection db = server.openDatabase();
                Statement st = db.createStatement()) {
            st.execute("CREATE TABLE " + backup + " AS SELECT * FROM audit_entry WHERE id = " + id);
            assertEquals(1, st.executeUpdate("DELETE FROM audit_entry WHERE id = " + id));
        }
        return backup;
    }

    private static void restore(String backup) throws SQLException {
        try (Connection db = server.openDatabase();
                Statement st = db.createStatement()) {
            assertEquals(1, st.executeUpdate("INSERT INTO audit_entry SELECT * FROM " + backup));
            st.execute("DROP TABLE " + backup);
        }
    }
}
