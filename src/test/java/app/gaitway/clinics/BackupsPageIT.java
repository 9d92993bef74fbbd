package app.gaitway.clinics;

import app.gaitway.testdata.Staff;
import app.gaitway.testdata.Therapists;
import app.gaitway.testing.BackupWait;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Backups page: the installation owner backs up on demand (a POST with its token, in the audit trail) and sees
 * the backups with their time and size once the background copy is written; nobody else finds the page. On PostgreSQL it points to pg_dump instead.
 */
@ExtendWith(SharedServer.class)
class BackupsPageIT {

    private static final Pattern LISTED = Pattern.compile(
            "<th scope=\"row\">(gaitway-\\d{8}T\\d{6}Z(?:-\\d+)?\\.zip)</th>\\s*<td><time[^>]*>[^<]+</time></td>\\s*<td class=\"numeric\">([0-9.]+ (?:B|kB|MB|GB))</td>");

    @Test
    void theOwnerBacksUpNowAndSeesTheBackupWithItsTimeAndSizeInTheListAndTheAuditTrail(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        Page page = owner.get("/admin/backups");
        assertEquals(200, page.status());
        if (server.usesPostgres()) {
            assertTrue(page.contains("back up with pg_dump"), page.body());
            assertFalse(page.contains("Back up now"));
            return;
        }
        Page backedUp = owner.submit("/admin/backups", "/admin/backups/now", Map.of());
        assertEquals(303, backedUp.status(), backedUp.body());
        assertEquals("/admin/backups", backedUp.location());
        Page started = owner.get("/admin/backups");
        assertTrue(started.contains("The backup has begun"), "the flash message:\n" + started.body());
        Page listed = BackupWait.untilWritten(owner, Duration.ofSeconds(60));
        Matcher row = LISTED.matcher(listed.body());
        assertTrue(row.find(), listed.body());
        assertTrue(server.workDir()
                .resolve("data")
                .resolve("backups")
                .resolve(row.group(1))
                .toFile()
                .isFile());
        Page audit = owner.get("/admin/audit");
        assertTrue(audit.contains("Database backed up"), audit.body());
        assertTrue(owner.get("/admin/clinics").contains("href=\"/admin/backups\""));
    }

    @Test
    void backingUpNeedsTheFormsToken(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        assertEquals(403, owner.post("/admin/backups/now", Map.of()).status());
    }

    @Test
    void anotherClinicsAdministratorAndATherapistFindNoBackupsPage(GaitwayServer server) {
        WebClient owner = Staff.owner(server);
        WebClient otherAdmin = Staff.adminOfNewClinic(server, owner);
        assertEquals(404, otherAdmin.get("/admin/backups").status());
        Page csrfFromOwnPage = otherAdmin.get("/admin/users");
        String token = csrfFromOwnPage.csrfToken().orElseThrow();
        assertEquals(
                404,
                otherAdmin.post("/admin/backups/now", Map.of("_csrf", token)).status());
        WebClient therapist = Therapists.ofNewClinic(server, "backups").client();
        assertTrue(therapist.get("/admin/backups").status() >= 400);
    }
}
