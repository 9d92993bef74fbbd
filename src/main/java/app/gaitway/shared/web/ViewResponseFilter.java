package app.gaitway.shared.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A controller answers with the name of its page ({@code "patients/patient.html"}, returned or as a
 * {@code Response}'s entity) after putting what the page shows into {@link Models}: this turns the name into the
 * {@link View} that {@link ViewWriter} renders, with the response's status and headers as the controller set them.
 * <p>
 * This and {@link CsrfFilter} replace Jakarta MVC (Krazo): measured on the patient page, Krazo's per-request
 * service-loader lookups, request-scoped filters and CDI variable resolution cost about a fifth of the page's time
 * (issue 14's profile), and Gaitway used nothing else of it.
 */
@Provider
public class ViewResponseFilter implements ContainerResponseFilter {

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @Inject
    Models models;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (View.isPageName(entity)) {
            response.setEntity(View.named((String) entity, models.asMap()), response.getEntityAnnotations(), HTML);
        }
        if (response.getEntity() instanceof View) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, HTML);
        }
    }
}
