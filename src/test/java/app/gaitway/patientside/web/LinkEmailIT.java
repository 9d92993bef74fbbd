package app.gaitway.patientside.web;

import app.gaitway.patientside.web.LinkSite.AuditRow;
import app.gaitway.patientside.web.LinkSite.Link;
import app.gaitway.patientside.web.LinkSite.Program;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Emailing a new link to the patient from the page that shows it, against a server of its own whose GAITWAY_SMTP_*
 * point at a GreenMail server started here: the mail arrives with the link that opens the program, the sending is
 * audited, and only the program's active link can be sent (not a made-up or replaced one).
 */
class LinkEmailIT {

    private static final String FROM = "noreply@link-mail.test";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static GaitwayServer server;

    @BeforeAll
    static void start() {
        // The shared server's owner, so OwnClinicAccounts can give each test a clinic of its own here too.
        server = GaitwayServer.start(
                "link-email",
                Map.of(
                        "GAITWAY_ADMIN_EMAIL",
                        SharedServer.OWNER_EMAIL,
                        "GAITWAY_ADMIN_PASSWORD",
                        SharedServer.OWNER_PASSWORD,
                        "GAITWAY_ADMIN_NAME",
                        "Olivia Owner",
                        "GAITWAY_CLINIC_NAME",
                        "Mail test clinic",
                        "GAITWAY_SMTP_HOST",
                        "localhost",
                        "GAITWAY_SMTP_PORT",
                        String.valueOf(SMTP.getSmtp().getPort()),
                        "GAITWAY_SMTP_STARTTLS",
                        "false",
                        "GAITWAY_SMTP_FROM",
                        FROM));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void emptyMailbox() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void theEmailedLinkArrivesAndOpensTheProgram() throws Exception {
        Therapist therapist = Therapists.ofNewClinic(server, "link-mail");
        String email = "zoe-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        Program program = program(therapist, "Zoë", email);
        Page created = LinkSite.createLinkPage(therapist.client(), program);
        Link link = LinkSite.shownLink(created);

        Form form = created.form("/programs/" + program.id() + "/link/email");
        assertEquals(email, form.get("to"), "the patient's address is filled in");
        Page sent = therapist.client().submit(form);
        assertEquals(303, sent.status(), sent.body());
        Page back = therapist.client().get(sent.location());
        assertTrue(back.contains("The link was emailed to the patient."), back.body());
        assertEquals(
                link,
                LinkSite.shownLink(LinkSite.showLinkPage(therapist.client(), program)),
                "the link can still be shown, so it is not lost");

        assertTrue(SMTP.waitForIncomingEmail(15_000, 1), "the mail arrived");
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertEquals(email, ((InternetAddress) mail.getAllRecipients()[0]).getAddress());
        assertEquals(FROM, ((InternetAddress) mail.getFrom()[0]).getAddress());
        assertTrue(mail.getSubject().startsWith("Your home exercises from "), mail.getSubject());
        assertFalse(mail.getSubject().contains("Zoë"), "no name on a locked phone's screen");
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertTrue(body.startsWith("Hello Zoë,"), body);
        assertTrue(body.contains("\n" + link.address() + "\n"), "the link on a line of its own:\n" + body);
        assertTrue(body.contains(program.clinicPhone()), "the clinic's phone:\n" + body);

        Matcher inMail = Pattern.compile("https?://\\S+/p/\\S+").matcher(body);
        assertTrue(inMail.find(), body);
        Page opened = new WebClient(server).get(LinkSite.pathOf(inMail.group()));
        assertEquals(200, opened.status(), "the link in the mail opens the program");
        assertEquals(program.title(), opened.heading());

        long linkId = LinkSite.linkId(server, link);
        List<AuditRow> exports = LinkSite.auditOfLink(server, linkId).stream()
                .filter(a -> a.action().equals("EXPORT"))
                .toList();
        assertEquals(1, exports.size(), "the sending is audited as an export");
        assertEquals("SUCCESS", exports.get(0).outcome());
        assertEquals(
                List.of(), LinkSite.auditMentioning(server, link.canonical().substring(4, 16)), "without the secret");

        String log = Files.readString(server.log());
        assertFalse(log.contains(email), "no patient address in the server log");
        assertFalse(log.contains(link.grouped()), "no link in the server log");
    }

    @Test
    void aLinkWhoseIdIsLargeIsEmailedToo() throws Exception {
        // Ids compared as boxed Longs with == agree only up to 127 (the JVM caches those): a clinic's 128th link
        // would then be refused with a 404. Start the links' ids above that, as any clinic in use soon has.
        try (Connection db = server.openDatabase();
                Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE patient_link ALTER COLUMN id RESTART WITH 100000");
        }
        Therapist therapist = Therapists.ofNewClinic(server, "link-mail-large-id");
        Program program =
                program(therapist, "Ada", "ada-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        Page created = LinkSite.createLinkPage(therapist.client(), program);
        Link link = LinkSite.shownLink(created);
        assertTrue(LinkSite.linkId(server, link) >= 100000, "the link got a large id");

        Page sent = therapist.client().submit(created.form("/programs/" + program.id() + "/link/email"));

        assertEquals(303, sent.status(), sent.body());
        assertTrue(SMTP.waitForIncomingEmail(15_000, 1), "the mail arrived");
    }

    @Test
    void onlyTheProgramsActiveLinkCanBeEmailed() throws IOException {
        Therapist therapist = Therapists.ofNewClinic(server, "link-mail-old");
        Program program = program(therapist, "Zoë", "zoe-old@example.org");
        Page first = LinkSite.createLinkPage(therapist.client(), program);
        LinkSite.createLink(therapist.client(), program);

        Page replaced = therapist.client().submit(first.form("/programs/" + program.id() + "/link/email"));
        assertEquals(404, replaced.status(), "a replaced link is not sent");
        Form madeUp = first.form("/programs/" + program.id() + "/link/email").set("link", "999999999");
        assertEquals(404, therapist.client().submit(madeUp).status(), "nor a made-up one");

        assertEquals(0, SMTP.getReceivedMessages().length, "nothing was sent");
    }

    /**
     * "Email link" on the program page, by a colleague in a session of their own, days after the link was made:
     * the form does not show the link, the mail carries the same link as before, and the sending is audited.
     * Another clinic's staff get "not found" for the form and the sending.
     */
    @Test
    void theSameLinkCanBeEmailedAgainLaterFromTheProgramPage() throws Exception {
        Therapist therapist = Therapists.ofNewClinic(server, "link-mail-again");
        String email = "ana-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        Program program = program(therapist, "Ana", email);
        Link link = LinkSite.createLink(therapist.client(), program);
        long mark = server.logMark();
        Therapist later = Therapists.colleagueOf(server, therapist, "link-mail-later");

        Page programPage = later.client().get(program.path());
        assertTrue(programPage.contains(program.path() + "/link/email\""), programPage.body());
        Page form = later.client().get(program.path() + "/link/email");
        assertEquals(200, form.status(), form.body());
        assertFalse(form.contains(link.grouped()), "the form does not show the link");

        Therapist stranger = Therapists.ofNewClinic(server, "link-mail-stranger");
        assertEquals(404, stranger.client().get(program.path() + "/link/email").status());
        assertEquals(
                404,
                stranger.client()
                        .submit(
                                "/patients",
                                program.path() + "/link/email",
                                Map.of(
                                        "link",
                                        form.form(program.path() + "/link/email")
                                                .get("link"),
                                        "to",
                                        "x@example.org"))
                        .status());
        assertEquals(0, SMTP.getReceivedMessages().length, "nothing sent for them");

        Page sent = later.client().submit(form.form(program.path() + "/link/email"));
        assertEquals(303, sent.status(), sent.body());
        assertTrue(SMTP.waitForIncomingEmail(15_000, 1), "the mail arrived");
        String body = ((String) SMTP.getReceivedMessages()[0].getContent()).replace("\r\n", "\n");
        assertTrue(body.contains("\n" + link.address() + "\n"), "the same link as before:\n" + body);

        List<AuditRow> exports = LinkSite.auditOfLink(server, LinkSite.linkId(server, link)).stream()
                .filter(a -> a.action().equals("EXPORT"))
                .toList();
        assertEquals(1, exports.size(), exports.toString());
        assertEquals("program " + program.id() + ": emailed", exports.get(0).detail());
        String log = server.logSince(mark);
        assertFalse(log.contains(link.grouped()) || log.contains(link.canonical()) || log.contains(email), log);
    }

    private static Program program(Therapist therapist, String givenName, String email) {
        WebClient client = therapist.client();
        Form form = client.get("/patients/new")
                .form("/patients/new")
                .set("givenName", givenName)
                .set("familyName", "Mailer")
                .set("email", email)
                .set("dateOfBirth", "1950-03-02")
                .set("affectedSide", "LEFT")
                .set("referralReason", "Hip pain after a fall")
                .set("icd10Code", "M25.5");
        Page registered = client.submit(form);
        assertEquals(303, registered.status(), "registering the patient failed:\n" + registered.body());
        long patientId = Long.parseLong(registered.location().replaceFirst("^/patients/", ""));
        return LinkSite.program(client, patientId, LinkSite.unique("Hip plan"), "Clamshell", "Sit to stand");
    }
}
