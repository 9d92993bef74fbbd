package app.gaitway.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.lang.reflect.Method;
import java.util.logging.Logger;

/**
 * The status line of a 429 says "Too Many Requests" (RFC 6585). Payara's HTTP layer (Grizzly) knows no phrase for
 * 429 and wrote "429 CUSTOM"; the servlet API has no way to give a phrase of our own. Grizzly keeps its phrases in
 * one table, filled by a private {@code HttpStatus.register(int, String)}: 429 is added there once at start-up,
 * before the HTTP port opens. Should a later Grizzly change shape, 429 answers keep working with the old phrase and
 * the log says so (and {@code StatusPhraseIT} fails).
 */
@WebListener
public class StatusPhrases implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StatusPhrases.class.getName());
    private static final String GRIZZLY_STATUS = "org.glassfish.grizzly.http.util.HttpStatus";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            // the container's class loader: Grizzly is not visible to the application's own
            ClassLoader container = event.getServletContext().getClass().getClassLoader();
            Class<?> status = Class.forName(GRIZZLY_STATUS, true, container);
            Object known = status.getMethod("getHttpStatus", int.class).invoke(null, 429);
            if ("CUSTOM".equals(status.getMethod("getReasonPhrase").invoke(known))) {
                Method register = status.getDeclaredMethod("register", int.class, String.class);
                register.setAccessible(true);
                register.invoke(null, 429, "Too Many Requests");
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning(() -> "429 answers keep the status line \"429 CUSTOM\": " + e);
        }
    }
}
