package app.gaitway.shared.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Target of the container's error pages (web.xml), e.g. a 403 from a security constraint. */
@Path("error")
public class ErrorController {

    @Inject
    Models models;

    /**
     * Only the statuses the app answers with have a page; any other number is not found (a page for 101 left
     * the connection hanging, one for 000 gave an invalid status line). A POST that fails is forwarded here as a
     * GET ({@link FormBodyFilter}), so the failed form is not read or checked again.
     */
    @GET
    @Path("{status: [0-9]{3}}")
    public Response show(@PathParam("status") int status) {
        if (!ErrorPages.isUsed(status)) {
            throw new NotFoundException();
        }
        return ErrorPages.page(models, status);
    }
}
