package app.gaitway.shared.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Refuses a POST that is not a form the app could have sent ({@link FormBody}) with the app's own 400, 413 or 415
 * page and one line in the log, before the CSRF filter or Jersey read the body. The body is
 * read here once and handed on unchanged, so everyone after reads the same bytes.
 * <p>
 * An error page the container forwards to (a 403 from a security constraint, a 404 of a static file) is shown as
 * for a GET: the failed request's body is not read again, whatever it was.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class FormBodyFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(FormBodyFilter.class.getName());

    @Context
    HttpServletRequest servletRequest;

    @Inject
    Models models;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (servletRequest.getDispatcherType() == DispatcherType.ERROR) {
            request.setMethod(HttpMethod.GET);
            return;
        }
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        Optional<FormBody.Refusal> refusal = contentType(request);
        if (refusal.isEmpty()) {
            refusal = readBody(request);
        }
        refusal.ifPresent(r -> {
            LOG.info(() -> "Form refused with " + r.status() + " (" + r.reason() + "): POST "
                    + withoutLinkSecret(request.getUriInfo().getRequestUri().getRawPath()));
            request.abortWith(ErrorPages.page(models, r.status()));
        });
    }

    /** A patient's address holds their link's secret, which never goes into a log. */
    static String withoutLinkSecret(String path) {
        return path.replaceFirst("^/p/[^/]+", "/p/(link)");
    }

    private static Optional<FormBody.Refusal> contentType(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (header == null || header.isBlank()) {
            return FormBody.contentType(null);
        }
        try {
            return FormBody.contentType(MediaType.valueOf(header));
        } catch (IllegalArgumentException unreadable) {
            return Optional.of(new FormBody.Refusal(400, "unreadable content type"));
        }
    }

    private static Optional<FormBody.Refusal> readBody(ContainerRequestContext request) throws IOException {
        if (request.getLength() > FormBody.MAX_BYTES) {
            return Optional.of(new FormBody.Refusal(413, "larger than " + FormBody.MAX_BYTES + " bytes"));
        }
        byte[] body = request.getEntityStream().readNBytes(FormBody.MAX_BYTES + 1);
        if (body.length > FormBody.MAX_BYTES) {
            return Optional.of(new FormBody.Refusal(413, "larger than " + FormBody.MAX_BYTES + " bytes"));
        }
        if (!FormBody.wellEncoded(body)) {
            return Optional.of(new FormBody.Refusal(400, "malformed percent-encoding"));
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        return Optional.empty();
    }
}
