package app.gaitway.patientside.web;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.patientside.handout.HandoutQr;
import app.gaitway.patientside.web.LinkSite.AuditRow;
import app.gaitway.patientside.web.LinkSite.Link;
import app.gaitway.patientside.web.LinkSite.Program;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Download;
import app.gaitway.testing.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static app.gaitway.testing.PageAssertions.assertNoInternals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Showing, printing and emailing a patient's link again, over HTTP: the same link later and from another session,
 * its reprinted handout's QR code opening the program, reloads that never make a new link, every reveal in the
 * audit trail and none in the server log, another clinic kept out, nothing readable in the database, and a plain
 * "cannot show" for a link whose kept copy was altered or made before links were kept.
 */
@ExtendWith(SharedServer.class)
class ReprintLinkIT {

    private static final String CANNOT = "Gaitway cannot show this link again";

    private record Setup(Therapist therapist, Program program, Link link) {}

    private static Setup linked(GaitwayServer server, String label) {
        Therapist therapist = Therapists.ofNewClinic(server, label);
        Program program = LinkSite.patientWithProgram(therapist, "Ines", "Okafor", "Clamshell", "Hip bridge");
        return new Setup(therapist, program, LinkSite.createLink(therapist.client(), program));
    }

    @Test
    void aColleagueLaterShowsAndPrintsTheSameLinkWhoseQrCodeOpensTheProgram(GaitwayServer server) throws Exception {
        long mark = server.logMark();
        Setup s = linked(server, "reprint");
        Therapist later = Therapists.colleagueOf(server, s.therapist(), "reprint-later");

        Page program = later.client().get(s.program().path());
        assertEquals(200, program.status());
        for (String action : List.of("/link\"", "/link/handout.pdf\"")) {
            assertTrue(
                    program.contains(s.program().path() + action),
                    "the program page offers " + action + ":\n" + program.body());
        }
        Page shown = LinkSite.showLinkPage(later.client(), s.program());
        assertEquals(200, shown.status(), shown.body());
        assertEquals(s.link(), LinkSite.shownLink(shown), "the same link, shown again");
        assertTrue(shown.contains(s.link().grouped()), "the code to type");

        Download pdf = later.client().download(s.program().path() + "/link/handout.pdf");
        assertEquals(200, pdf.status(), pdf.text());
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(
                s.link().address(), HandoutQr.printedLink(pdf.body()).orElseThrow(), "the link typed on the sheet");
        String scanned = HandoutQr.scan(HandoutQr.firstPage(pdf.body(), HandoutQr.PRINT_DPI))
                .orElseThrow(() -> new AssertionError("no QR code read on the reprint"));
        assertEquals(s.link().address(), scanned, "the reprint's QR code holds the same link");
        Page opened = new WebClient(server).get(LinkSite.pathOf(scanned));
        assertEquals(200, opened.status());
        assertEquals(s.program().title(), opened.heading(), "the code opens the program");

        long linkId = LinkSite.linkId(server, s.link());
        List<AuditRow> reveals = LinkSite.auditOfLink(server, linkId).stream()
                .filter(a -> a.detail() != null
                        && a.detail().startsWith("program " + s.program().id() + ":"))
                .toList();
        assertEquals(
                List.of("VIEW shown again", "VIEW shown again", "PRINT printed again"),
                reveals.stream()
                        .map(a -> a.action() + " "
                                + a.detail().substring(a.detail().indexOf(": ") + 2))
                        .toList(),
                "the page after creating, the colleague's show, the colleague's print: " + reveals);
        reveals.forEach(a -> assertEquals("SUCCESS", a.outcome()));
        assertEquals(s.therapist().clinicId(), reveals.get(2).clinicId());
        assertEquals(
                List.of(), LinkSite.auditMentioning(server, s.link().canonical().substring(4, 16)), "never the secret");

        String log = server.logSince(mark);
        assertFalse(
                log.contains(s.link().grouped()) || log.contains(s.link().canonical()),
                "the secret in the log:\n" + log);
    }

    @Test
    void reloadingThePageThatShowsTheLinkKeepsTheSameLink(GaitwayServer server) {
        Setup s = linked(server, "reprint-reload");
        for (int i = 0; i < 3; i++) {
            Page again = LinkSite.showLinkPage(s.therapist().client(), s.program());
            assertEquals(200, again.status());
            assertEquals(s.link(), LinkSite.shownLink(again), "reload " + i);
        }
        assertEquals(200, new WebClient(server).get(s.link().path()).status(), "the link still opens");
        assertEquals(
                1L,
                AssessmentSite.count(
                        server,
                        "SELECT COUNT(*) FROM patient_link WHERE program_id = ?",
                        s.program().id()),
                "no second link was made");
    }

    @Test
    void anotherClinicsStaffGetNotFound(GaitwayServer server) {
        Setup s = linked(server, "reprint-owner");
        Therapist stranger = Therapists.ofNewClinic(server, "reprint-stranger");
        String base = s.program().path() + "/link";
        assertEquals(404, stranger.client().get(base).status(), "show");
        assertEquals(404, stranger.client().download(base + "/handout.pdf").status(), "print");
        assertEquals(
                404,
                stranger.client().download(base + "/handout.pdf?paper=letter").status(),
                "print on Letter");
        assertEquals(404, stranger.client().get(base + "/email").status(), "the email form");
        Page email = stranger.client()
                .submit(
                        "/patients",
                        base + "/email",
                        Map.of("link", String.valueOf(LinkSite.linkId(server, s.link())), "to", "someone@example.org"));
        assertEquals(404, email.status(), "email");
        assertFalse(email.contains(s.link().grouped()));
        assertEquals(
                0,
                LinkSite.auditOfLink(server, LinkSite.linkId(server, s.link())).stream()
                        .filter(a -> a.clinicId() != null && a.clinicId() == stranger.clinicId())
                        .count(),
                "nothing revealed to them");
    }

    @Test
    void theDatabaseHoldsNoReadableSecret(GaitwayServer server) throws SQLException {
        Setup s = linked(server, "reprint-db");
        long linkId = LinkSite.linkId(server, s.link());
        List<String> columns = columnsOf(server, linkId);
        assertTrue(
                columns.stream().anyMatch(c -> c.startsWith("SEALED_SECRET=") && !c.endsWith("=null")),
                "the secret is kept sealed: " + columns);
        String secret = s.link().canonical();
        for (String column : columns) {
            String value = column.toUpperCase().replace("-", "");
            for (int i = 0; i + 8 <= secret.length(); i++) {
                assertFalse(value.contains(secret.substring(i, i + 8)), "part of the secret in " + column);
            }
            String decoded = decodedBase64(column.substring(column.indexOf('=') + 1));
            assertFalse(decoded.contains(secret.substring(4, 12)), "the secret, base64 encoded, in " + column);
        }
    }

    @Test
    void anAlteredCopyGivesAClearAnswerAndTheLinkStillOpens(GaitwayServer server) throws SQLException {
        Setup s = linked(server, "reprint-tamper");
        long linkId = LinkSite.linkId(server, s.link());
        String sealed = sealedOf(server, linkId);
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 20] ^= 0x04;
        setSealed(server, linkId, Base64.getEncoder().encodeToString(bytes));

        assertCannotShow(s, "its saved copy does not pass its safety check");
        assertEquals(200, new WebClient(server).get(s.link().path()).status(), "the patient's link still opens");

        // a well-formed copy moved over from another program's link does not open either
        Setup other = linked(server, "reprint-moved");
        setSealed(server, linkId, sealedOf(server, LinkSite.linkId(server, other.link())));
        assertCannotShow(s, "its saved copy does not pass its safety check");
        assertTrue(
                LinkSite.auditOfLink(server, linkId).stream()
                        .anyMatch(
                                a -> a.outcome().equals("FAILURE") && a.detail().contains("fails its check")),
                "the failed reveal is in the audit trail");
    }

    @Test
    void aLinkMadeBeforeLinksWereKeptSaysSoAndOffersReplacing(GaitwayServer server) throws SQLException {
        Setup s = linked(server, "reprint-legacy");
        long linkId = LinkSite.linkId(server, s.link());
        update(server, "UPDATE patient_link SET sealed_secret = NULL, sealed_key_id = NULL WHERE id = ?", linkId);

        Page program = s.therapist().client().get(s.program().path());
        assertTrue(program.contains("made before Gaitway could show links again"), program.body());
        assertTrue(program.contains("Replace the link"), "replacing is offered");
        assertFalse(program.contains(s.program().path() + "/link/handout.pdf"), "no print button that cannot work");
        assertCannotShow(s, "made before Gaitway could keep links");

        Link replaced = LinkSite.createLink(s.therapist().client(), s.program());
        assertEquals(410, new WebClient(server).get(s.link().path()).status(), "the old paper stops working");
        assertEquals(
                replaced,
                LinkSite.shownLink(LinkSite.showLinkPage(s.therapist().client(), s.program())),
                "the new link can be shown again");
    }

    @Test
    void revokingLeavesNothingToShowAndReplacingShowsTheNewLink(GaitwayServer server) throws SQLException {
        Setup s = linked(server, "reprint-revoke");
        Link second = LinkSite.createLink(s.therapist().client(), s.program());
        assertNotEquals(s.link(), second);
        assertEquals(410, new WebClient(server).get(s.link().path()).status(), "the replaced link no longer opens");
        assertNull(sealedOf(server, LinkSite.linkId(server, s.link())), "the replaced link's copy is gone");
        assertEquals(
                second, LinkSite.shownLink(LinkSite.showLinkPage(s.therapist().client(), s.program())));

        LinkSite.revoke(s.therapist().client(), s.program());
        assertNull(sealedOf(server, LinkSite.linkId(server, second)), "the revoked link's copy is gone");
        Page show = LinkSite.showLinkPage(s.therapist().client(), s.program());
        assertEquals(303, show.status(), "nothing to show: back to the program");
        assertEquals(s.program().path() + "#patient-link", show.location());
        Page program = s.therapist().client().get(show.location());
        assertTrue(program.contains("This program has no working link."), program.body());
        assertEquals(
                303,
                s.therapist()
                        .client()
                        .download(s.program().path() + "/link/handout.pdf")
                        .status(),
                "nothing to print");
        assertFalse(program.contains(second.grouped()));
    }

    @Test
    void anExpiredLinkShowsNothingAndItsCopyGoesWhenTheNextIsMade(GaitwayServer server) throws SQLException {
        Setup s = linked(server, "reprint-expired");
        LinkSite.expire(server, s.link());
        Page show = LinkSite.showLinkPage(s.therapist().client(), s.program());
        assertEquals(303, show.status(), "nothing to show: back to the program");
        assertEquals(
                303,
                s.therapist()
                        .client()
                        .download(s.program().path() + "/link/handout.pdf")
                        .status());

        Link next = LinkSite.createLink(s.therapist().client(), s.program());
        assertNull(sealedOf(server, LinkSite.linkId(server, s.link())), "the expired link's copy is gone");
        assertNotNull(sealedOf(server, LinkSite.linkId(server, next)));
    }

    private static void assertCannotShow(Setup s, String why) {
        Page shown = LinkSite.showLinkPage(s.therapist().client(), s.program());
        assertEquals(200, shown.status(), shown.body());
        assertTrue(shown.contains(CANNOT) && shown.contains(why), "a plain answer:\n" + shown.body());
        assertTrue(shown.contains("still works for the patient"), shown.body());
        assertFalse(shown.contains(s.link().grouped()));
        assertNoInternals(shown);
        Download pdf = s.therapist().client().download(s.program().path() + "/link/handout.pdf");
        assertEquals(303, pdf.status(), "no handout; to the page that says why");
        assertEquals(
                s.program().path() + "/link",
                pdf.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""));
    }

    private static List<String> columnsOf(GaitwayServer server, long linkId) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement("SELECT * FROM patient_link WHERE id = ?")) {
            query.setLong(1, linkId);
            try (ResultSet r = query.executeQuery()) {
                assertTrue(r.next());
                ResultSetMetaData meta = r.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i).toUpperCase() + "=" + r.getString(i));
                }
                return columns;
            }
        }
    }

    private static String decodedBase64(String value) {
        try {
            return new String(Base64.getDecoder().decode(value), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .toUpperCase();
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }

    static String sealedOf(GaitwayServer server, long linkId) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement query = db.prepareStatement("SELECT sealed_secret FROM patient_link WHERE id = ?")) {
            query.setLong(1, linkId);
            try (ResultSet r = query.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private static void setSealed(GaitwayServer server, long linkId, String sealed) throws SQLException {
        assertNotNull(sealed);
        try (Connection db = server.openDatabase();
                PreparedStatement update =
                        db.prepareStatement("UPDATE patient_link SET sealed_secret = ? WHERE id = ?")) {
            update.setString(1, sealed);
            update.setLong(2, linkId);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static void update(GaitwayServer server, String sql, long id) throws SQLException {
        try (Connection db = server.openDatabase();
                PreparedStatement update = db.prepareStatement(sql)) {
            update.setLong(1, id);
            assertEquals(1, update.executeUpdate());
        }
    }
}
