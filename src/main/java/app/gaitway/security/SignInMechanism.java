package app.gaitway.security;

import app.gaitway.shared.web.SecurityHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sign-in through the app's own page at /login. A protected page asked for without a
 * session redirects there with {@code next} set, and the login page returns to it after
 * a successful sign-in; the session then carries the identity, re-applied on each request.
 * <p>
 * Jakarta Security's own form mechanisms redirect with {@code sendRedirect}, which drops
 * the headers set so far, and the container runs this before any filter: so this class
 * sets the security headers and writes its redirect itself, and every response carries them.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    HeldForms heldForms;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            CredentialValidationResult result =
                    identityStores.validate(context.getAuthParameters().getCredential());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                // a new session id at sign-in, so an id planted before it is worth nothing
                request.getSession(true);
                request.changeSessionId();
                SignedInSession.rememberCaller(
                        request.getSession(), result.getCallerPrincipal().getName(), result.getCallerGroups());
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        String caller = SignedInSession.callerName(session);
        if (caller != null) {
            // Re-applied from our own session attributes on every request. Payara's @AutoApplySession reuses a
            // shared security context that, with two users' requests at the same moment, lost the caller's
            // groups now and then (a 403 for a signed-in therapist; Payara issue 6145, fixed only in later
            // releases than the Payara 6 on Maven Central).
            return context.notifyContainerAboutLogin(
                    new CallerPrincipal(caller), SignedInSession.callerGroups(session));
        }
        if (context.isProtected()) {
            // A form posted without a session (after a restart, say) is kept for its owner's sign-in, never run.
            heldForms.hold(request, null);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/login" + nextParameter(request));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    private static String nextParameter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.equals("/")) {
            return "";
        }
        String query = request.getQueryString();
        String target = query == null ? path : path + "?" + query;
        return "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    /**
     * Only a path on this site: never "//host" or "https://host", so the redirect cannot leave Gaitway.
     * Control characters are refused too (browsers drop tabs and newlines, turning "/\t/host" into
     * "//host"), and so is anything that is not a valid URI, which would fail the redirect after sign-in.
     */
    public static String safeNext(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        try {
            new URI(next);
        } catch (URISyntaxException notAnAddress) {
            return "/";
        }
        return next;
    }
}
