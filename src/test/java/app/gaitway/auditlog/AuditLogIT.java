package app.gaitway.auditlog;

import app.gaitway.auditlog.AuditPages.Row;
import app.gaitway.testdata.TestAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.gaitway.auditlog.AuditPages.cell;
import static app.gaitway.auditlog.AuditPages.pagerQuery;
import static app.gaitway.auditlog.AuditPages.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(SharedServer.class)
class AuditLogIT {

    private static final String PASSWORD = "audit tests long passphrase";

    @Test
    void listsTheAdministratorsOwnSignIn(GaitwayServer server) {
        WebClient owner = signedInOwner(server);

        WebClient.Page page = owner.get("/admin/audit");

        assertEquals(200, page.status());
        assertEquals("Audit log", page.heading());
        Row signIn = rows(page).stream()
                .filter(r -> r.shows(owner.address()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("own sign-in not listed:\n" + page.body()));
        assertEquals("LOGIN", signIn.action());
        assertTrue(signIn.shows("Olivia Owner"), signIn.html());
        assertTrue(signIn.shows("Succeeded"), signIn.html());
        assertTrue(page.contains("<th scope=\"col\">Time (UTC)</th>"));
    }

    @Test
    void filtersByActionAndKeepsTheChoice(GaitwayServer server) {
        WebClient owner = signedInOwner(server);
        owner.get("/admin/audit"); // an AUDIT_VIEW entry that the filter must leave out

        WebClient.Page page = owner.get("/admin/audit?action=LOGIN");

        assertEquals(200, page.status());
        List<Row> rows = rows(page);
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> "LOGIN".equals(r.action())), page.body());
        assertTrue(rows.stream().anyMatch(r -> r.shows(owner.address())));
        assertTrue(page.contains("<option value=\"LOGIN\" selected=\"selected\">"), "choice kept");
        assertTrue(owner.get("/admin/audit?action=AUDIT_VIEW").contains(cell(owner.address())));
    }

    @Test
    void invalidFilterIsExplainedBesideItsField(GaitwayServer server) {
        WebClient owner = signedInOwner(server);

        WebClient.Page page = owner.get("/admin/audit?from=31.12.2026&action=NOPE&user=999999");

        assertEquals(400, page.status());
        assertTrue(page.contains("id=\"from-error\""), page.body());
        assertTrue(page.contains("Enter a date like 2026-03-31."));
        assertTrue(page.contains("Choose an action from the list."));
        assertTrue(page.contains("Choose a member of your clinic’s staff."));
        assertTrue(page.contains("value=\"31.12.2026\""), "typed value kept");
        assertTrue(rows(page).isEmpty());
    }

    @Test
    void pagesNewestFirstWithNewerAndOlderLinksThatKeepTheFilter(GaitwayServer server) throws Exception {
        WebClient owner = signedInOwner(server);
        long ownerId = TestAccounts.idOf(server, SharedServer.OWNER_EMAIL);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String filter = "/admin/audit?user=" + ownerId + "&action=AUDIT_VIEW&from=" + today;
        for (int i = 0; i < 52; i++) {
            owner.get(filter); // each view is recorded
        }

        WebClient.Page first = owner.get(filter);
        List<Row> newest = rows(first);
        assertEquals(50, newest.size());
        assertDescending(newest);
        assertNull(pagerQuery(first, "Newer entries"));
        String older = pagerQuery(first, "Older entries");
        assertNotNull(older, first.body());
        assertTrue(
                older.contains("action=AUDIT_VIEW")
                        && older.contains("user=" + ownerId)
                        && older.contains("from=" + today),
                older);

        WebClient.Page second = owner.get("/admin/audit?" + older);
        List<Row> next = rows(second);
        assertFalse(next.isEmpty());
        assertTrue(next.get(0).id() < newest.get(49).id(), "older page continues where the first ended");
        assertDescending(next);
        assertTrue(next.stream().allMatch(r -> "AUDIT_VIEW".equals(r.action())));
        String newer = pagerQuery(second, "Newer entries");
        assertNotNull(newer, second.body());
        assertTrue(newer.contains("action=AUDIT_VIEW"), newer);

        List<Row> back = rows(owner.get("/admin/audit?" + newer));
        assertEquals(50, back.size());
        assertTrue(back.stream().allMatch(r -> r.id() > next.get(0).id()), "newer page holds only newer entries");
    }

    @Test
    void exportsMatchingRowsAsCsvAndRecordsTheExport(GaitwayServer server) {
        WebClient owner = signedInOwner(server);

        WebClient.Page csv = owner.get("/admin/audit/export.csv?action=LOGIN");

        assertEquals(200, csv.status());
        assertEquals(
                "text/csv;charset=UTF-8", csv.header("Content-Type").orElse("").replace(" ", ""));
        assertEquals(
                "attachment; filename=\"gaitway-audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"",
                csv.header("Content-Disposition").orElse(""));
        String body = csv.body().replaceFirst("^\uFEFF", "");
        String[] lines = body.split("\r\n");
        assertEquals(
                "Entry,Time (UTC),User ID,User,Action,Record type,Record ID,Outcome,Client address,Detail", lines[0]);
        assertTrue(lines.length > 1);
        for (int i = 1; i < lines.length; i++) {
            assertEquals("LOGIN", lines[i].split(",", -1)[4], lines[i]);
        }
        assertTrue(body.contains(",Olivia Owner,LOGIN,user,"), body);
        assertTrue(body.contains("," + owner.address() + ","), body);

        WebClient.Page exports = owner.get("/admin/audit?action=AUDIT_EXPORT");
        assertTrue(
                rows(exports).stream().anyMatch(r -> r.shows(owner.address()) && r.shows("action=LOGIN")),
                exports.body());
    }

    @Test
    void invalidExportFilterIsRefused(GaitwayServer server) {
        assertEquals(
                400,
                signedInOwner(server)
                        .get("/admin/audit/export.csv?to=yesterday")
                        .status());
    }

    @Test
    void verifiesTheWholeChainAndRecordsTheCheck(GaitwayServer server) {
        WebClient owner = signedInOwner(server);

        WebClient.Page result = owner.submit("/admin/audit", "/admin/audit/verify", Map.of());

        assertEquals(200, result.status());
        assertTrue(result.contains("The audit trail is intact"), result.body());
        assertTrue(
                result.body().matches("(?s).*All \\d+ entries verified: none was altered or removed\\..*"),
                result.body());
        assertTrue(rows(owner.get("/admin/audit?action=AUDIT_VERIFY&outcome=SUCCESS")).stream()
                .anyMatch(r -> r.shows(owner.address())));
    }

    @Test
    void verifyingNeedsTheFormsToken(GaitwayServer server) {
        WebClient owner = signedInOwner(server);

        assertEquals(403, owner.post("/admin/audit/verify", Map.of()).status());
    }

    @Test
    void ownerAlsoSeesSignInAttemptsForUnknownAccounts(GaitwayServer server) {
        WebClient stranger = new WebClient(server);
        stranger.login(TestAccounts.uniqueEmail("nobody"), "not the password at all");
        WebClient owner = signedInOwner(server);

        WebClient.Page page = owner.get("/admin/audit?action=LOGIN&outcome=FAILURE");

        Row attempt = rows(page).stream()
                .filter(r -> r.shows(stranger.address()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(page.body()));
        assertTrue(attempt.shows("unknown account") && attempt.shows("System or unknown account"), attempt.html());
    }

    @Test
    void administratorOfAnotherClinicSeesOnlyThatClinic(GaitwayServer server) throws Exception {
        WebClient owner = signedInOwner(server);
        WebClient stranger = new WebClient(server);
        stranger.login(TestAccounts.uniqueEmail("nobody"), "not the password at all");
        long clinicB = TestAccounts.insertClinic(server, "Clinic B");
        String adminB = TestAccounts.uniqueEmail("admin-b");
        TestAccounts.insertUser(server, clinicB, adminB, "Bea Admin", "ADMIN", PASSWORD);
        WebClient b = new WebClient(server);
        assertEquals(303, b.login(adminB, PASSWORD).status());

        WebClient.Page page = b.get("/admin/audit");
        String csv = b.get("/admin/audit/export.csv").body();

        assertTrue(rows(page).stream().anyMatch(r -> r.shows(b.address()) && r.shows("Bea Admin")));
        assertFalse(page.contains(cell(owner.address())), "clinic A's entries shown");
        assertFalse(page.contains(cell(stranger.address())), "entries of no clinic shown to a clinic's admin");
        assertFalse(csv.contains("," + owner.address() + ",") || csv.contains("," + stranger.address() + ","), csv);
        long ownerId = TestAccounts.idOf(server, SharedServer.OWNER_EMAIL);
        assertEquals(400, b.get("/admin/audit?user=" + ownerId).status(), "another clinic's user is no filter choice");
        assertFalse(page.contains("Olivia Owner"));
    }

    @Test
    void therapistIsRefused(GaitwayServer server) throws Exception {
        long clinicA = TestAccounts.clinicOf(server, SharedServer.OWNER_EMAIL);
        String email = TestAccounts.uniqueEmail("therapist");
        TestAccounts.insertUser(server, clinicA, email, "Theo Therapist", "THERAPIST", PASSWORD);
        WebClient therapist = new WebClient(server);
        assertEquals(303, therapist.login(email, PASSWORD).status());
        String token = therapist.get("/").csrfToken().orElseThrow();

        assertEquals(403, therapist.get("/admin/audit").status());
        assertEquals(403, therapist.get("/admin/audit/export.csv").status());
        assertEquals(
                403,
                therapist.post("/admin/audit/verify", Map.of("_csrf", token)).status());
    }

    private static WebClient signedInOwner(GaitwayServer server) {
        WebClient client = new WebClient(server);
        assertEquals(
                303,
                client.login(SharedServer.OWNER_EMAIL, SharedServer.OWNER_PASSWORD)
                        .status());
        return client;
    }

    private static void assertDescending(List<Row> rows) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            assertTrue(seen.add(rows.get(i).id()), "shown twice: " + rows.get(i).id());
            if (i > 0) {
                assertTrue(
                        rows.get(i).id() < rows.get(i - 1).id(),
                        "not newest first at " + rows.get(i).id());
            }
        }
    }
}
