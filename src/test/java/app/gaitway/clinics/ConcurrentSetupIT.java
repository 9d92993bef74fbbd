package app.gaitway.clinics;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageAssertions;
import app.gaitway.testing.Race;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Six people set up the same empty installation at the same moment: one of them gets it, the others the answer
 * everybody gets once it is set up (404), and nobody an error. Before, the password was hashed while the audit
 * chain head was locked, and the others timed out waiting for it (500).
 */
class ConcurrentSetupIT {

    private static final String PASSWORD = "tide pools and tibial torsion";
    private static final int PEOPLE = 6;

    private static GaitwayServer server;

    @BeforeAll
    static void startEmptyInstallation() {
        server = GaitwayServer.start("setup-race", Map.of());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sixSetupsAtOnceGiveOneInstallationAndFiveAlreadySetUp() throws Exception {
        List<WebClient> people = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            WebClient person = new WebClient(server);
            WebClient.Page form = person.get("/setup");
            assertEquals(200, form.status());
            people.add(person);
            tokens.add(form.csrfToken().orElseThrow());
        }
        List<Callable<WebClient.Page>> setups = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            int n = i;
            setups.add(() -> people.get(n)
                    .post(
                            "/setup",
                            Map.of(
                                    "_csrf",
                                    tokens.get(n),
                                    "clinicName",
                                    "Clinic " + n,
                                    "fullName",
                                    "Person " + n,
                                    "email",
                                    "person" + n + "@setup-race.test",
                                    "password",
                                    PASSWORD,
                                    "passwordRepeat",
                                    PASSWORD)));
        }
        int succeeded = 0;
        int alreadySetUp = 0;
        for (WebClient.Page page : Race.together(setups)) {
            if (page.status() == 303) {
                assertEquals("/login", page.location());
                succeeded++;
            } else {
                assertEquals(404, page.status(), "the answer once set up, not an error:\n" + page.body());
                PageAssertions.assertNoInternals(page);
                alreadySetUp++;
            }
        }
        assertEquals(1, succeeded);
        assertEquals(PEOPLE - 1, alreadySetUp);
        try (var db = server.openDatabase();
                var rows = db.createStatement()
                        .executeQuery("SELECT (SELECT COUNT(*) FROM user_account), (SELECT COUNT(*) FROM clinic)")) {
            rows.next();
            assertEquals(1, rows.getLong(1), "one administrator");
            assertEquals(1, rows.getLong(2), "one clinic");
        }
        String log = Files.readString(server.log());
        assertFalse(log.contains("SEVERE"), "no SEVERE in the server log:\n" + log);
    }
}
