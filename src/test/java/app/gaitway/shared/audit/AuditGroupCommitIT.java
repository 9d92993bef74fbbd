package app.gaitway.shared.audit;

import app.gaitway.auditlog.AuditPages;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Staff;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Views of patient data are written to the audit trail in group commits (AuditBatches): many pages at once must
 * each leave exactly one entry, every page answers only once its entry is written, and the chain still verifies.
 * Before the group commits, pages viewed at once queued on the chain's lock and some failed with 500.
 */
@ExtendWith(SharedServer.class)
class AuditGroupCommitIT {

    private static final int VIEWS = 64;

    @Test
    void manyViewsAtOnceEachLeaveOneEntryAndTheChainVerifies(GaitwayServer server) throws Exception {
        WebClient owner = Staff.owner(server);
        long patient = Patients.register(owner, "Vera", "Viewedmany");
        String cookie = "JSESSIONID=" + owner.sessionCookie().orElseThrow();
        long before = views(server, patient);

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest page = HttpRequest.newBuilder(server.uri("/patients/" + patient))
                .header("Cookie", cookie)
                .build();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<Void>>> answers = new ArrayList<>();
            for (int i = 0; i < VIEWS; i++) {
                answers.add(clients.submit(() -> http.send(page, HttpResponse.BodyHandlers.discarding())));
            }
            for (Future<HttpResponse<Void>> answer : answers) {
                assertEquals(200, answer.get().statusCode());
            }
        } finally {
            clients.shutdownNow();
        }

        // every page answered after its entry was committed: all are there now, none twice
        assertEquals(before + VIEWS, views(server, patient));
        String token = owner.get("/admin/audit").csrfToken().orElseThrow();
        WebClient.Page check = AuditPages.verify(owner, token);
        assertTrue(check.contains("The audit trail is intact"), check.body());
    }

    private static long views(GaitwayServer server, long patient) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM audit_entry"
                        + " WHERE action = 'VIEW' AND record_type = 'patient' AND record_id = ?")) {
            count.setString(1, String.valueOf(patient));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
