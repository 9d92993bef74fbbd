package app.gaitway.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Krazo renders a view straight into the servlet response, committing it before Jersey
 * applies the status of the {@code Response}: a 404 or 400 page would go out as 200.
 * Setting the status on the servlet response first keeps it.
 */
@Provider
public class ViewStatusFilter implements ContainerResponseFilter {

    @Context
    HttpServletResponse servletResponse;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!servletResponse.isCommitted()) {
            servletResponse.setStatus(response.getStatus());
        }
    }
}
