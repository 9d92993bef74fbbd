package app.gaitway.sharing.mail;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.Staff;
import app.gaitway.testing.WebClient;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Gaitway server of its own, configured by GAITWAY_SMTP_* for a GreenMail server started here (no TLS), so the
 * mail the running application sends can be read back. Jakarta Mail and its SMTP implementation come from Payara
 * Micro; the WAR carries no mail jars.
 */
class LinkMailServerIT {

    private static final String ADMIN_EMAIL = "owner@mail-clinic.test";
    private static final String ADMIN_PASSWORD = "owner passphrase for mail tests";
    private static final String CLINIC = "Mail Clinic";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static GaitwayServer server;

    @BeforeAll
    static void start() {
        Map<String, String> env = new HashMap<>(SmtpEnvironment.plain(SMTP.getSmtp().getPort()));
        env.put("GAITWAY_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("GAITWAY_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("GAITWAY_ADMIN_NAME", "Mia Mailer");
        env.put("GAITWAY_CLINIC_NAME", CLINIC);
        server = GaitwayServer.start("mail", env);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void serverReadsTheSmtpSettingsFromTheEnvironmentAndLogsNoAddress() throws IOException {
        String log = Files.readString(server.log());
        assertTrue(log.contains("Email of program links: localhost:" + SMTP.getSmtp().getPort() + " without TLS"),
                "the start-up log says email is on");
        assertFalse(log.contains(SmtpEnvironment.FROM), "the sender address stays out of the log");
    }

    /*
     * To finish once the program page has its private link and the "Email the link" form (names below are guesses
     * to adjust): create a program with ProgramSite (branch its: app.gaitway.programs.ProgramSite) for a patient
     * registered with an email address, create its link, post the form, then read the mail back from GreenMail.
     */
    @Test
    @Disabled("enabled once the program page has the send button")
    void emailsTheLinkFromTheProgramPage() throws Exception {
        WebClient therapist = Staff.signedIn(server, ADMIN_EMAIL, ADMIN_PASSWORD);
        long programId = programWithLinkForPatient(therapist, "Zoë", "zoe.miller@example.org");
        String programPath = "/programs/" + programId;
        String link = shownLink(therapist.get(programPath));

        WebClient.Page sent = therapist.submit(programPath, programPath + "/link/email",
                Map.of("to", "zoe.miller@example.org"));

        assertEquals(303, sent.status(), sent.body());
        WebClient.Page after = therapist.get(sent.location());
        assertTrue(after.body().contains("The link was emailed to the patient."), after.body());
        assertTrue(SMTP.waitForIncomingEmail(15_000, 1), "the mail arrived");
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertEquals("zoe.miller@example.org", mail.getAllRecipients()[0].toString());
        assertEquals("Your home exercises from " + CLINIC, mail.getSubject());
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertTrue(body.startsWith("Hello Zoë,"), body);
        assertTrue(body.contains("\n" + link + "\n"), body);
        assertTrue(body.contains("do not share it"), body);
        String log = Files.readString(server.log());
        assertFalse(log.contains("zoe.miller@example.org"), "no patient address in the log");
        assertFalse(log.contains(link), "no link in the log");
    }

    /** Registers a patient with this email, builds them a program and creates its private link; the program's id. */
    private static long programWithLinkForPatient(WebClient therapist, String givenName, String email) {
        // 1. therapist.submit("/patients/new", "/patients/new", fields with "givenName" and "email")
        //    (see PatientSite.fields: every field the form asks for);
        // 2. ProgramSite.openBuilder / add / press(..., "save") for that patient;
        // 3. post the program page's "create link" form.
        throw new UnsupportedOperationException("to write with the program link feature");
    }

    private static String shownLink(WebClient.Page programPage) {
        Matcher m = Pattern.compile("https?://[^\"<\\s]+/p/[^\"<\\s]+").matcher(programPage.body());
        assertTrue(m.find(), "no link on the program page");
        return m.group();
    }
}
