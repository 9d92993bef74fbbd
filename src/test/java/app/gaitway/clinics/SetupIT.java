package app.gaitway.clinics;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static app.gaitway.testing.PageAssertions.assertInLayout;
import static app.gaitway.testing.PageAssertions.assertNoInternals;
import static app.gaitway.testing.PageAssertions.assertRedirect;
import static app.gaitway.testing.PageAssertions.fieldError;
import static app.gaitway.testing.PageAssertions.inputValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An empty installation, as a clinic first starts it: no administrator from configuration.
 * It runs on a server of its own, because setting up is something that happens once.
 */
class SetupIT {

    private static final String EMAIL = "maria.lopez@harbour-physio.test";
    private static final String PASSWORD = "tide pools and tibial torsion";

    private static GaitwayServer server;

    @BeforeAll
    static void startEmptyInstallation() {
        server = GaitwayServer.start("setup", Map.of());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void migrationsRunOnAnEmptyDatabase() throws Exception {
        Map<String, Boolean> applied = new TreeMap<>();
        try (Connection db = server.openDatabase();
                ResultSet rows = db.createStatement()
                        .executeQuery(
                                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            while (rows.next()) {
                applied.put(rows.getString(1), rows.getBoolean(2));
            }
        }
        Set<String> shipped = shippedMigrationVersions();
        assertFalse(shipped.isEmpty());
        assertEquals(shipped, applied.keySet(), "every migration in db/migration is applied, and nothing else");
        applied.forEach((version, success) -> assertTrue(success, "migration V" + version + " succeeded"));
        try (Connection db = server.openDatabase();
                ResultSet head =
                        db.createStatement().executeQuery("SELECT last_hmac, entry_count FROM audit_chain_head")) {
            assertTrue(head.next(), "V1 seeds the audit chain head");
        }
    }

    @Test
    void anEmptyInstallationIsSetUpOnceAndThenNeverAgain() {
        WebClient browser = new WebClient(server);

        // Before setup every way in leads to the setup page.
        assertRedirect("/login", browser.get("/"));
        assertRedirect("/setup", browser.get("/login"));
        WebClient.Page setupPage = browser.get("/setup");
        assertEquals(200, setupPage.status());
        assertEquals("Set up Gaitway", setupPage.heading());
        assertInLayout(setupPage);

        // Bad input: 400, an error beside each field, typed values kept (never the password).
        WebClient.Page invalid = browser.submit(
                "/setup",
                "/setup",
                form(Map.of(
                        "clinicName",
                        "",
                        "fullName",
                        "María López",
                        "email",
                        "maria at harbour",
                        "password",
                        "tide pools",
                        "passwordRepeat",
                        "tide pools")));
        assertEquals(400, invalid.status());
        assertEquals("Set up Gaitway", invalid.heading());
        assertEquals("Enter a value.", fieldError(invalid, "clinicName"));
        assertEquals("Enter an email address like name@clinic.org.", fieldError(invalid, "email"));
        assertEquals("Use at least 12 characters.", fieldError(invalid, "password"));
        assertTrue(invalid.contains("There are 3 problems"), invalid.body());
        assertEquals("María López", inputValue(invalid, "fullName"));
        assertEquals("maria at harbour", inputValue(invalid, "email"));
        assertEquals("", inputValue(invalid, "password"));
        assertNoInternals(invalid);

        // A control character (PostgreSQL refused NUL with a 500, H2 stored it): refused beside each field.
        WebClient.Page control = browser.submit(
                "/setup",
                "/setup",
                form(Map.of(
                        "clinicName",
                        "Harbour\u0000 Physio",
                        "fullName",
                        "Mar\u00eda\u0007",
                        "password",
                        PASSWORD + "\u0000",
                        "passwordRepeat",
                        PASSWORD + "\u0000")));
        assertEquals(400, control.status());
        String controlMessage = "This holds an invisible control character that cannot be saved "
                + "(it often comes along with pasted text). Type it again without it.";
        assertEquals(controlMessage, fieldError(control, "clinicName"));
        assertEquals(controlMessage, fieldError(control, "fullName"));
        assertEquals(controlMessage, fieldError(control, "password"));
        assertEquals(EMAIL, inputValue(control, "email"));
        assertNoInternals(control);

        WebClient.Page mismatch = browser.submit("/setup", "/setup", form(Map.of("passwordRepeat", PASSWORD + "!")));
        assertEquals(400, mismatch.status());
        assertEquals("The two passwords are not the same.", fieldError(mismatch, "passwordRepeat"));
        assertEquals("Harbour Physio", inputValue(mismatch, "clinicName"));

        WebClient.Page common = browser.submit(
                "/setup", "/setup", form(Map.of("password", "Password1234", "passwordRepeat", "Password1234")));
        assertEquals(400, common.status());
        assertEquals("This password is too common and easy to guess. Choose another.", fieldError(common, "password"));

        assertRedirect("/setup", browser.get("/login"));

        // Valid: the clinic and its administrator are created; on to sign-in with a message.
        WebClient.Page done = browser.submit("/setup", "/setup", form(Map.of()));
        assertRedirect("/login", done);
        WebClient.Page login = browser.get("/login");
        assertEquals(200, login.status());
        assertEquals("Sign in to Gaitway", login.heading());
        assertTrue(login.contains("Your clinic is ready."), login.body());

        // Closed for good: GET and POST, even with a valid token of this session.
        WebClient.Page closed = browser.get("/setup");
        assertEquals(404, closed.status());
        assertInLayout(closed);
        Map<String, String> withToken = new LinkedHashMap<>();
        withToken.put("_csrf", login.csrfToken().orElseThrow());
        withToken.putAll(form(Map.of("email", "intruder@harbour-physio.test", "clinicName", "Second install")));
        assertEquals(404, browser.post("/setup", withToken).status());
        assertEquals(404, new WebClient(server).get("/setup").status(), "also for someone else");

        // The administrator signs in, and was not replaced by the refused second setup.
        WebClient admin = new WebClient(server);
        assertRedirect("/", admin.login(EMAIL.toUpperCase(), PASSWORD));
        WebClient.Page home = admin.get("/");
        assertEquals(200, home.status());
        assertEquals("Welcome, María López", home.heading());
        assertTrue(home.contains("Harbour Physio"), "clinic name in the header");
        assertTrue(home.contains("href=\"/admin/clinics\""), "the first administrator owns the installation");
        assertEquals(
                401,
                new WebClient(server)
                        .login("intruder@harbour-physio.test", PASSWORD)
                        .status());
    }

    /** The setup form's fields: valid values, with the given ones replaced. */
    private static Map<String, String> form(Map<String, String> overrides) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "clinicName", "Harbour Physio",
                "fullName", "María López",
                "email", EMAIL,
                "password", PASSWORD,
                "passwordRepeat", PASSWORD));
        fields.putAll(overrides);
        return fields;
    }

    private static Set<String> shippedMigrationVersions() throws IOException, URISyntaxException {
        Path folder = Path.of(SetupIT.class.getResource("/db/migration").toURI());
        Pattern name = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> name.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1).replace('_', '.'))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        }
    }
}
