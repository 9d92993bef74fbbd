package app.gaitway.shared.web;

import app.gaitway.shared.audit.RefusedAccessAudit.Kind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefusedRequestsTest {

    @Test
    void aCrossClinicPatientIdIsRecordedWithItsRoute() {
        assertEquals(
                Optional.of(new RefusedRequests.Refusal(Kind.NOT_FOUND, "GET /patients/42/assessments/7")),
                RefusedRequests.of("GET", "/patients/42/assessments/7", 404, false));
        assertEquals(Kind.NOT_FOUND, kind("GET", "/programs/9/edit", 404));
        assertEquals(Kind.NOT_FOUND, kind("GET", "/assessments/3/report", 404));
    }

    @Test
    void aMissingPageElsewhereIsNotRefusedAccess() {
        assertTrue(RefusedRequests.of("GET", "/exercises/999", 404, false).isEmpty());
        assertTrue(RefusedRequests.of("GET", "/no-such-page", 404, false).isEmpty());
        assertTrue(RefusedRequests.of("GET", "/patients/1", 200, false).isEmpty());
        assertTrue(RefusedRequests.of("GET", "/patients/1", 409, false).isEmpty());
    }

    @Test
    void aPatientLinkMissNeverKeepsAnyPartOfTheSecret() {
        String secret = "7KQ2-M9XD-ABCD-EFGH-JKLM-NPQR-ST";
        for (String path : new String[] {"/p/" + secret, "/p/" + secret + "/log", "/p/" + secret.toLowerCase(), "/p"}) {
            RefusedRequests.Refusal refusal =
                    RefusedRequests.of("GET", path, 404, false).orElseThrow();

            assertEquals(Kind.PATIENT_LINK_MISS, refusal.kind());
            assertEquals("GET /p/\u2026", refusal.route());
        }
        assertEquals(
                "POST /p/\u2026",
                RefusedRequests.of("POST", "/p/" + secret + "/log", 429, false)
                        .orElseThrow()
                        .route());
    }

    @Test
    void csrfAndThrottlingAreRecordedOnAnyRoute() {
        assertEquals(Kind.CSRF, kind("POST", "/patients/4/edit", 403, true));
        assertEquals(Kind.FORBIDDEN, kind("POST", "/admin/users/4", 403, false));
        assertEquals(Kind.THROTTLED, kind("POST", "/login", 429));
    }

    @Test
    void pathParametersQueriesAndTypedTextAreLeftOut() {
        assertEquals(
                "GET /patients/2",
                RefusedRequests.of("GET", "/patients/2;jsessionid=ABCDEF0123", 404, false)
                        .orElseThrow()
                        .route());
        assertEquals(
                "GET /patients/*/history",
                RefusedRequests.of("GET", "/patients/Jane%20Doe/history", 404, false)
                        .orElseThrow()
                        .route());
        assertEquals(
                "? /patients/*",
                RefusedRequests.of("get me", "/patients/O'Brien", 404, false)
                        .orElseThrow()
                        .route());
        String deep = "/patients" + "/1".repeat(30);
        assertTrue(RefusedRequests.of("GET", deep, 404, false)
                .orElseThrow()
                .route()
                .endsWith("/1/\u2026"));
        assertFalse(RefusedRequests.of("GET", "/patients/1", 404, false)
                .orElseThrow()
                .route()
                .contains("?"));
    }

    private static Kind kind(String method, String path, int status) {
        return kind(method, path, status, false);
    }

    private static Kind kind(String method, String path, int status, boolean csrf) {
        return RefusedRequests.of(method, path, status, csrf).orElseThrow().kind();
    }
}
