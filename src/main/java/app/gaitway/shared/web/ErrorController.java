package app.gaitway.shared.web;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Target of the container's error pages (web.xml), e.g. a 403 from a security constraint. */
@Controller
@Path("error")
public class ErrorController {

    @Inject
    Models models;

    @GET
    @Path("{status: [0-9]{3}}")
    public Response show(@PathParam("status") int status) {
        return ErrorPages.page(models, status);
    }
}
