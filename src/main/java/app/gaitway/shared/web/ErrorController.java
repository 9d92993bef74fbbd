package app.gaitway.shared.web;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

    /**
     * The container forwards an error with the request's own method: without this, a form
     * posted to a page the user may not use (403) answered 405. Krazo checks the CSRF token
     * of this POST too; without one the answer is its 403 page, still a 403.
     */
    @POST
    @Path("{status: [0-9]{3}}")
    public Response showForPost(@PathParam("status") int status) {
        return ErrorPages.page(models, status);
    }
}
