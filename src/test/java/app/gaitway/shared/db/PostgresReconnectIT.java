package app.gaitway.shared.db;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When PostgreSQL drops every connection (a restart, a failover, an administrator's
 * pg_terminate_backend), the pool still holds them. The next request must get a fresh
 * one, not a 500, and readiness must be back within seconds. Runs only against
 * PostgreSQL (GAITWAY_TEST_PG_URL, as CI sets it); ending the server's connections needs
 * no rights beyond the test user's.
 */
@EnabledIfEnvironmentVariable(named = "GAITWAY_TEST_PG_URL", matches = ".+")
class PostgresReconnectIT {

    private static final String EMAIL = "owner@reconnect.test";
    private static final String PASSWORD = "reconnect test passphrase";

    private static GaitwayServer server;

    @BeforeAll
    static void startServer() {
        server = GaitwayServer.start(
                "pg-reconnect", Map.of("GAITWAY_ADMIN_EMAIL", EMAIL, "GAITWAY_ADMIN_PASSWORD", PASSWORD));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theFirstSignInAfterTheDatabaseDroppedItsConnectionsSucceeds() throws SQLException {
        assertEquals(303, new WebClient(server).login(EMAIL, PASSWORD).status(), "precondition: the pool is in use");
        assertTrue(dropTheServersConnections() > 0, "the server held connections");

        WebClient client = new WebClient(server);
        assertEquals(200, client.get("/login").status(), "a fresh connection, not an error page");
        assertEquals(303, client.login(EMAIL, PASSWORD).status());
        assertEquals(200, client.get("/patients").status());
    }

    @Test
    void readinessIsBackWithinSecondsAndNeverAnError() throws SQLException, InterruptedException {
        new WebClient(server).get("/health/ready");
        assertTrue(dropTheServersConnections() > 0, "the server held connections");

        List<Integer> statuses = new ArrayList<>();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline && !statuses.contains(200)) {
            statuses.add(new WebClient(server).get("/health/ready").status());
            Thread.sleep(200);
        }
        assertTrue(statuses.contains(200), "ready again within 5 s: " + statuses);
        assertFalse(statuses.contains(500), "DOWN is 503, never an error: " + statuses);
    }

    /** What a PostgreSQL restart does to the pool: every connection of the server's database ends. */
    private static int dropTheServersConnections() throws SQLException {
        try (Connection db = server.openDatabase();
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            int ended = 0;
            while (rs.next()) {
                ended += rs.getBoolean(1) ? 1 : 0;
            }
            return ended;
        }
    }
}
