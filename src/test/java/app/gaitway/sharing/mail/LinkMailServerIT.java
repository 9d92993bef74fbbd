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
import org.junit.jupiter.api.Test;
import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.programs.ProgramSite;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
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

    @Test
    void emailsTheLinkFromTheLinkPage() throws Exception {
        WebClient therapist = Staff.signedIn(server, ADMIN_EMAIL, ADMIN_PASSWORD);
        long programId = programForPatient(therapist, "Zoë", "zoe.miller@example.org");
        String programPath = "/programs/" + programId;
        WebClient.Page created = therapist.submit(programPath, programPath + "/link", Map.of("days", "180"));
        assertEquals(200, created.status(), created.body());
        String link = shownLink(created);
        WebClient.Form form = created.form(programPath + "/link/email");
        assertEquals("zoe.miller@example.org", form.get("to"), "the patient's address is offered");

        WebClient.Page sent = therapist.submit(form);

        assertEquals(200, sent.status(), sent.body());
        assertTrue(sent.body().contains("The link was emailed to the patient."), sent.body());
        assertTrue(sent.body().contains(link), "the link is still shown after sending");
        assertTrue(SMTP.waitForIncomingEmail(15_000, 1), "the mail arrived");
        MimeMessage mail = SMTP.getReceivedMessages()[SMTP.getReceivedMessages().length - 1];
        assertEquals("zoe.miller@example.org", mail.getAllRecipients()[0].toString());
        assertEquals("Your home exercises from " + CLINIC, mail.getSubject());
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertTrue(body.startsWith("Hello Zoë,"), body);
        assertTrue(body.contains("\n" + link + "\n"), body);
        assertTrue(body.contains("do not share it"), body);
        assertTrue(body.contains(ProgramSite.PHONE), body);
        String log = Files.readString(server.log());
        assertFalse(log.contains("zoe.miller@example.org"), "no patient address in the log");
        assertFalse(log.contains(link.substring(link.indexOf("/p/") + 3)), "no link secret in the log");
    }

    @Test
    void aSecretThatIsNotTheProgramsActiveLinkSendsNothing() throws Exception {
        WebClient therapist = Staff.signedIn(server, ADMIN_EMAIL, ADMIN_PASSWORD);
        long programId = programForPatient(therapist, "Ida", "ida@example.org");
        String programPath = "/programs/" + programId;
        int before = SMTP.getReceivedMessages().length;
        WebClient.Page refused = therapist.submit(programPath, programPath + "/link/email",
                Map.of("secret", "7KQ2-M9XD-ABCD-EFGH-JKMN-PQRS-TV", "to", "someone@example.org"));
        assertEquals(404, refused.status());
        assertEquals(before, SMTP.getReceivedMessages().length, "nothing was sent");
    }

    /** Registers a patient with this email and builds them a one-exercise program; the program's id. */
    private static long programForPatient(WebClient therapist, String givenName, String email) {
        Map<String, String> patient = new HashMap<>();
        patient.put("givenName", givenName);
        patient.put("familyName", "Miller");
        patient.put("dateOfBirth", "1961-05-04");
        patient.put("email", email);
        patient.put("preferredLanguage", "en");
        WebClient.Page added = therapist.submit("/patients/new", "/patients/new", patient);
        assertEquals(303, added.status(), added.body());
        long patientId = Long.parseLong(added.location().replaceFirst("^.*/patients/", ""));
        long clamshell = ExerciseSite.builtInId(therapist, "Clamshell");
        return ProgramSite.create(therapist, patientId, "Hips", List.of(ProgramSite.item(clamshell)));
    }

    private static String shownLink(WebClient.Page page) {
        Matcher m = Pattern.compile("https?://[^\"<\\s]+/p/[^\"<\\s]+").matcher(page.body());
        assertTrue(m.find(), "no link on the page");
        return m.group();
    }
}
