package app.gaitway.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * An address with a broken percent escape ({@code GET /p/AAAA%zz}) is the client's mistake, yet Payara 6 logs it
 * as SEVERE with a full stack trace, once per request, so anyone could fill the log with them: Grizzly's URI
 * decoder throws an {@link IllegalArgumentException} ({@code %zz}) or {@link IllegalStateException} (a
 * {@code %} at the end) where Payara's {@code CoyoteAdapter} only expects a {@code CharConversionException}
 * (which it answers with 400). That happens before any code of ours runs, so
 * the answer (an empty 200) is Payara's; what we can decide is the log. This listener puts a filter on the
 * container's logger that turns exactly that record into one quiet line, and passes every other record on.
 */
@WebListener
public class BrokenAddressLog implements ServletContextListener {

    /** The logger Payara's CoyoteAdapter writes to; held here so the filter is not lost with a collected logger. */
    static final Logger CONTAINER = Logger.getLogger("jakarta.enterprise.web.core");

    /** Payara's "An exception or error occurred in the container during the request processing". */
    static final String REQUEST_FAILED = "AS-WEB-CORE-00037";

    private static final String DECODER = "org.glassfish.grizzly.http.util.URLDecoder";
    private static final Logger LOG = Logger.getLogger(BrokenAddressLog.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        synchronized (CONTAINER) {
            if (!(CONTAINER.getFilter() instanceof QuietBrokenAddresses)) {
                CONTAINER.setFilter(new QuietBrokenAddresses(CONTAINER.getFilter()));
            }
        }
    }

    /** Undeployed (or redeployed): give the container its logger back as it was, holding no class of this app. */
    @Override
    public void contextDestroyed(ServletContextEvent event) {
        synchronized (CONTAINER) {
            if (CONTAINER.getFilter() instanceof QuietBrokenAddresses ours) {
                CONTAINER.setFilter(ours.previous);
            }
        }
    }

    /** True for Payara's record of a request whose address Grizzly could not percent-decode, and nothing else. */
    static boolean isBrokenAddress(LogRecord record) {
        Throwable thrown = record.getThrown();
        return REQUEST_FAILED.equals(record.getMessage())
                && thrown instanceof RuntimeException
                && thrown.getStackTrace().length > 0
                && DECODER.equals(thrown.getStackTrace()[0].getClassName());
    }

    static final class QuietBrokenAddresses implements Filter {

        private final Filter previous;

        QuietBrokenAddresses(Filter previous) {
            this.previous = previous;
        }

        @Override
        public boolean isLoggable(LogRecord record) {
            if (isBrokenAddress(record)) {
                // the address is left out on purpose: it may hold a patient's link secret
                LOG.info("Refused a request whose address has a broken percent escape");
                return false;
            }
            return previous == null || previous.isLoggable(record);
        }
    }
}
