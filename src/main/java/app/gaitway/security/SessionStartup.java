package app.gaitway.security;

import app.gaitway.shared.startup.StartupCheck;
import app.gaitway.shared.startup.StartupGuard;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.logging.Logger;

/**
 * Before the first request: session ids from {@link SessionIds} (a start that cannot install them ends, see
 * {@link PayaraSessionIds}), and the session cookie for the {@link SessionCookieMode} the configuration asks for.
 */
@WebListener
public class SessionStartup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionStartup.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        PayaraSessionIds.install(context, SessionIds::next)
                .ifPresent(problem -> StartupGuard.refuse(StartupCheck.PREFIX
                        + "its session ids could not be set up (" + problem + "). This Payara is not the one Gaitway"
                        + " was built and tested with: run the gaitway.jar of the release."));
        Config config = ConfigProvider.getConfig(SessionStartup.class.getClassLoader());
        SessionCookieMode mode = SessionCookieMode.of(
                config.getOptionalValue("gaitway.trust.proxy", Boolean.class).orElse(false),
                config.getOptionalValue("gaitway.base.url", String.class).orElse(""));
        mode.applyTo(context.getSessionCookieConfig());
        LOG.info(() -> "Session cookie: " + mode.cookieName()
                + (mode == SessionCookieMode.TLS_PROXY ? ", always Secure (behind a TLS proxy)" : ""));
    }
}
