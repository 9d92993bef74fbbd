package app.gaitway.shared.web;

import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Refused access leaves an entry in the audit trail: another clinic's patient (404), a form without the session's
 * CSRF token (403), a throttled sign-in (429) and a patient link that does not exist, each with who asked (if
 * anyone was signed in), from which address and on which route, and nothing of the patient, the query or the link's
 * secret. On a server of its own: refusals are recorded one by one only up to a bound per 10 seconds, which other
 * tests' refusals on the shared server could use up.
 */
class RefusedAccessIT {

    private static GaitwayServer server;

    @BeforeAll
    static void startServer() {
        server = GaitwayServer.start(
                "refused-access",
                Map.of(
                        "GAITWAY_ADMIN_EMAIL", SharedServer.OWNER_EMAIL,
                        "GAITWAY_ADMIN_PASSWORD", SharedServer.OWNER_PASSWORD,
                        "GAITWAY_TRUST_PROXY", "true"));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private record Entry(Long userId, Long clinicId, String kind, String address, String detail, String all) {}

    @Test
    void crossClinicIdCsrfFailureThrottlingAndLinkMissEachLeaveAnEntryWithoutPatientData()
            throws SQLException, InterruptedException {
        Therapist clinicA = Therapists.ofNewClinic(server, "refused-a");
        long patientA = Patients.register(clinicA.client(), "Imogen", "Quillfeather");
        Therapist clinicB = Therapists.ofNewClinic(server, "refused-b");
        WebClient b = clinicB.client();
        long before = newestEntry();

        assertEquals(404, b.get("/patients/" + patientA + "?q=Quillfeather").status());
        assertEquals(
                403,
                b.post("/patients/new", Map.of("_csrf", "not-the-token", "givenName", "Imogen"))
                        .status());
        WebClient guesser = new WebClient(server);
        String email = "nobody-" + UUID.randomUUID() + "@refused.test";
        int status = 0;
        for (int i = 1; i <= 6 && status != 429; i++) {
            status = guesser.login(email, "guess number " + i).status();
        }
        assertEquals(429, status, "the sign-in throttle refused the guesser");
        String secret = "ZZ7K-Q2M9-XDAB-CDEF-GHJK-LMNP-QR";
        assertEquals(404, guesser.get("/p/" + secret).status());

        List<Entry> entries = awaitRefusals(before, 4);

        Entry crossClinic = only(entries, "not-found");
        assertEquals(clinicB.userId(), crossClinic.userId());
        assertEquals(clinicB.clinicId(), crossClinic.clinicId());
        assertEquals(b.address(), crossClinic.address());
        assertEquals("404 GET /patients/" + patientA, crossClinic.detail());

        Entry csrf = only(entries, "csrf");
        assertEquals(clinicB.userId(), csrf.userId());
        assertEquals(b.address(), csrf.address());
        assertEquals("403 POST /patients/new", csrf.detail());

        Entry throttled = only(entries, "throttled");
        assertEquals(null, throttled.userId());
        assertEquals(guesser.address(), throttled.address());
        assertEquals("429 POST /login", throttled.detail());

        Entry linkMiss = only(entries, "patient-link-miss");
        assertEquals(guesser.address(), linkMiss.address());
        assertEquals("404 GET /p/\u2026", linkMiss.detail());

        for (Entry entry : entries) {
            for (String secretPart : List.of("Imogen", "Quillfeather", "ZZ7K", "QR", email, "not-the-token")) {
                assertFalse(entry.all().contains(secretPart), entry + " holds " + secretPart);
            }
        }
    }

    private static Entry only(List<Entry> entries, String kind) {
        List<Entry> of = entries.stream().filter(e -> kind.equals(e.kind())).toList();
        assertEquals(1, of.size(), kind + " in " + entries);
        return of.get(0);
    }

    /** The entries are written after the answer (a refusal never waits on the disk): wait for them. */
    private static List<Entry> awaitRefusals(long after, int expected) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<Entry> entries = refusals(after);
        while (entries.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            entries = refusals(after);
        }
        assertEquals(expected, entries.size(), entries.toString());
        return entries;
    }

    private static List<Entry> refusals(long after) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (Connection db = server.openDatabase();
                PreparedStatement select = db.prepareStatement(
                        "SELECT user_id, clinic_id, record_type, record_id, outcome, client_address, detail"
                                + " FROM audit_entry WHERE id > ? AND action = 'ACCESS_REFUSED' ORDER BY id")) {
            select.setLong(1, after);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long user = rs.getLong(1);
                    Long userId = rs.wasNull() ? null : user;
                    long clinic = rs.getLong(2);
                    Long clinicId = rs.wasNull() ? null : clinic;
                    assertEquals("DENIED", rs.getString(5));
                    String all = userId + "|" + clinicId + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                            + rs.getString(6) + "|" + rs.getString(7);
                    entries.add(new Entry(userId, clinicId, rs.getString(3), rs.getString(6), rs.getString(7), all));
                }
            }
        }
        return entries;
    }

    private static long newestEntry() throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement select = db.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM audit_entry");
                ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
