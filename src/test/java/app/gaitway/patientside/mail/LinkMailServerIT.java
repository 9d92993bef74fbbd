package app.gaitway.patientside.mail;

import app.gaitway.testing.GaitwayServer;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

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
        Map<String, String> env =
                new HashMap<>(SmtpEnvironment.plain(SMTP.getSmtp().getPort()));
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
        assertTrue(
                log.contains(
                        "Email of program links: localhost:" + SMTP.getSmtp().getPort() + " without TLS"),
                "the start-up log says email is on");
        assertFalse(log.contains(SmtpEnvironment.FROM), "the sender address stays out of the log");
    }

    // Sending from the link page through this same kind of server: app.gaitway.patientside.web.LinkEmailIT.
}
