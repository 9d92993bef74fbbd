package app.gaitway.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shows a page in one transaction: everything a GET reads, from the signed-in user to the last part of the page,
 * joins it. Before, each service call the page made had its own: the patient page committed 12 times and read the
 * patient 5 times (once per part of the page, each checking the clinic); in one transaction the persistence context
 * reads each record once and the page commits once.
 * <p>
 * Only GET and HEAD, and not the static files: a POST keeps the transactions its services draw, so what it saves commits before its redirect
 * is sent. Entries of the audit trail for reading are written by their own group commit ({@code AuditBatches}), so
 * this long transaction never holds the audit chain's lock. Declared first in web.xml, so the session guard's
 * lookup of the signed-in user joins it too.
 */
public class PageTransactionFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PageTransactionFilter.class.getName());
    private static final long serialVersionUID = 1L;

    @Resource
    transient UserTransaction transaction;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)
                || request.getRequestURI().startsWith(request.getContextPath() + "/static/")) {
            chain.doFilter(request, response);
            return;
        }
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new ServletException("Could not begin the page's transaction", e);
        }
        boolean done = false;
        try {
            chain.doFilter(request, response);
            done = true;
        } finally {
            end(done);
        }
    }

    /** Commits a page that was shown; rolls back one that failed, or that a part marked for rollback. */
    private void end(boolean shown) throws ServletException {
        try {
            if (shown && transaction.getStatus() == Status.STATUS_ACTIVE) {
                transaction.commit();
            } else if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            rollbackQuietly();
            if (shown) {
                throw new ServletException("Could not commit the page's transaction", e);
            }
            LOG.log(Level.FINE, "Rollback after a failed page", e);
        }
    }

    private void rollbackQuietly() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (IllegalStateException | SecurityException | SystemException ignored) {
            // nothing more to undo
        }
    }
}
