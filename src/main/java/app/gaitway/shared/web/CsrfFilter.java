package app.gaitway.shared.web;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Every request that may change something (anything but GET, HEAD and OPTIONS) to a route of the application must
 * bring the session's CSRF token, in the form's hidden field or the {@link CsrfTokens#HEADER} header. Runs after
 * {@link FormBodyFilter}, which has refused anything but a well-encoded form and kept its bytes for reading again.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class CsrfFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String sent = request.getHeaderString(CsrfTokens.HEADER);
        if (sent == null) {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            sent = formField(new String(body, StandardCharsets.US_ASCII), CsrfTokens.FIELD)
                    .orElseThrow(() -> refused("missing token"));
        }
        if (!CsrfTokens.matches(servletRequest.getSession(false), sent)) {
            throw refused("token not the session's");
        }
    }

    /** The refusal, marked on the request so that the audit entry says it was the CSRF check. */
    private CsrfRefusedException refused(String reason) {
        RefusedAccessFilter.markCsrfFailure(servletRequest);
        return new CsrfRefusedException(reason);
    }

    /** The first value of a field of a url-encoded form ({@link FormBody} has checked the encoding). */
    static Optional<String> formField(String body, String name) {
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                return Optional.of(
                        equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
