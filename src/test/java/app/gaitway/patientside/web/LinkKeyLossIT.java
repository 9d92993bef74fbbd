package app.gaitway.patientside.web;

import app.gaitway.patientside.web.LinkSite.Link;
import app.gaitway.patientside.web.LinkSite.Program;
import app.gaitway.shared.startup.StartupGuard;
import app.gaitway.testdata.OwnClinicAccounts;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Staff;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.NoDatabaseInvolved;
import app.gaitway.testing.RefusedStart;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static app.gaitway.testing.PageAssertions.assertNoInternals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database brought back without its link key (the data directory restored, link-secret.key left behind): Gaitway
 * still starts, says in its log how many links cannot be shown again, patients' links keep opening, staff are told
 * plainly that the link cannot be shown (no error page), and a replaced link can be shown and printed again.
 */
@NoDatabaseInvolved
class LinkKeyLossIT {

    @Test
    void withoutItsKeyLinksStillOpenAndStaffAreToldTheyCannotBeShown() throws Exception {
        GaitwayServer first = GaitwayServer.start(
                "link-key-loss",
                Map.of(
                        "GAITWAY_ADMIN_EMAIL",
                        SharedServer.OWNER_EMAIL,
                        "GAITWAY_ADMIN_PASSWORD",
                        SharedServer.OWNER_PASSWORD,
                        "GAITWAY_ADMIN_NAME",
                        "Olivia Owner",
                        "GAITWAY_CLINIC_NAME",
                        "Key loss clinic"));
        GaitwayServer restored = null;
        try {
            Path key = first.workDir().resolve("data").resolve("link-secret.key");
            assertTrue(Files.exists(key), "the key is made at the first start");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
            byte[] lostKey = Files.readAllBytes(key);

            OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(first, "key-loss");
            WebClient before = Staff.signedIn(first, account.email(), account.password());
            Program program = LinkSite.program(
                    before, Patients.register(before, "Mo", "Haddad"), LinkSite.unique("Knee plan"), "Clamshell");
            Link link = LinkSite.createLink(before, program);
            first.close();

            Files.delete(key);
            long mark = Files.size(first.log());
            restored = first.restart();
            String startLog = restored.logSince(mark);
            assertTrue(
                    startLog.contains("1 patient links were saved with a link key this server does not have"),
                    startLog);
            assertFalse(startLog.contains(link.grouped()));
            assertNotEquals(new String(lostKey), Files.readString(key), "a new key was made");

            assertEquals(200, new WebClient(restored).get(link.path()).status(), "the patient's link still opens");
            WebClient staff = Staff.signedIn(restored, account.email(), account.password());
            Page programPage = staff.get(program.path());
            assertTrue(programPage.contains("saved with a key this server does not have"), programPage.body());
            Page shown = staff.get(program.path() + "/link");
            assertEquals(200, shown.status());
            assertTrue(shown.contains("Gaitway cannot show this link again"), shown.body());
            assertTrue(shown.contains("still works for the patient"));
            assertNoInternals(shown);
            assertEquals(
                    303, staff.download(program.path() + "/link/handout.pdf").status());

            Link replaced = LinkSite.createLink(staff, program);
            assertEquals(replaced, LinkSite.shownLink(staff.get(program.path() + "/link")), "a new link shows again");
            assertEquals(
                    200, staff.download(program.path() + "/link/handout.pdf").status(), "and prints");
            assertFalse(Files.readString(restored.log()).contains(replaced.grouped()), "no secret in the log");
        } finally {
            (restored != null ? restored : first).close();
        }
    }

    /** A mistyped key is a mistake to fix, not a key to replace: making a new one would lose every kept link. */
    @Test
    void aMistypedLinkKeyStopsTheStart() {
        Path dataDir = RefusedStart.freshDirectory("mistyped-link-key").resolve("data");
        String mistyped = Base64.getEncoder().encodeToString(new byte[20]);
        RefusedStart.Outcome outcome = RefusedStart.of("mistyped-link-key", dataDir)
                .env("GAITWAY_LINK_KEY", mistyped)
                .run(Duration.ofMinutes(6));
        assertEquals(StartupGuard.EXIT_CODE, outcome.exitCode(), outcome.toString());
        assertEquals(
                List.of("Gaitway cannot start: the link key in GAITWAY_LINK_KEY is not 32 bytes in base64 (make one"
                        + " with: openssl rand -base64 32). Restore link-secret.key from the backup of this data directory or"
                        + " correct GAITWAY_LINK_KEY."),
                outcome.refusals(),
                outcome.toString());
        assertFalse(String.join("\n", outcome.log()).contains(mistyped), "the key is not quoted in the log");
        assertFalse(Files.exists(dataDir.resolve("link-secret.key")), "no key made over it");
    }
}
