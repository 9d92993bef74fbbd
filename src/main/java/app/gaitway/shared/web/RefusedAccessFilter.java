package app.gaitway.shared.web;

import app.gaitway.shared.audit.AuditContext;
import app.gaitway.shared.audit.RefusedAccessAudit;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * The one place refused access is audited: after the request has been answered, the final status says whether it was
 * refused (see {@link RefusedRequests}), and the refusal goes to the trail with who was signed in, the client address
 * and the route. Nothing of this is in the throttles, controllers or services that refuse: a new refusal anywhere is
 * covered by its status alone. CSRF failures are told apart from other 403s by a request attribute that the checks
 * set ({@link #markCsrfFailure}).
 */
@WebFilter(urlPatterns = "/*")
public class RefusedAccessFilter extends HttpFilter {

    private static final String CSRF_FAILED = RefusedAccessFilter.class.getName() + ".csrf";

    @Inject
    RefusedAccessAudit audit;

    @Inject
    AuditContext context;

    /** Called by a CSRF check that refuses the request. */
    public static void markCsrfFailure(HttpServletRequest request) {
        request.setAttribute(CSRF_FAILED, true);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status != 403 && status != 404 && status != 429) {
            return;
        }
        Optional<RefusedRequests.Refusal> refusal = RefusedRequests.of(
                request.getMethod(),
                request.getRequestURI(),
                status,
                Boolean.TRUE.equals(request.getAttribute(CSRF_FAILED)));
        if (refusal.isEmpty() || !audit.admit(refusal.get().kind())) {
            return;
        }
        Long userId = null;
        Long clinicId = null;
        String address = request.getRemoteAddr();
        try {
            Optional<AuditContext.Party> party = context.signedIn();
            if (party.isPresent()) {
                userId = party.get().userId();
                clinicId = party.get().clinicId();
            }
            address = context.clientAddress();
        } catch (ContextNotActiveException noRequestContext) {
            // not a request CDI knows of: recorded with the connection's address and no user
        }
        audit.record(
                refusal.get().kind(),
                userId,
                clinicId,
                address,
                status + " " + refusal.get().route());
    }
}
