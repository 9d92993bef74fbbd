package app.gaitway.clinics;

import app.gaitway.security.PasswordPolicy;
import app.gaitway.shared.web.ClientAddress;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** The one-time setup page of an empty installation; 404 for good once any user exists. */
@Path("setup")
@RequestScoped
public class SetupController {

    private static final String VIEW = "clinics/setup.html";

    @Inject
    Models models;

    @Inject
    InstallationService installation;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    private final PasswordPolicy passwordPolicy = PasswordPolicy.withShippedList();

    @GET
    public Response show() {
        if (installation.isSetUp()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        models.put("form", SetupForm.blank());
        models.put("errors", new FormErrors());
        return Response.ok(VIEW).build();
    }

    @POST
    public Response submit(MultivaluedMap<String, String> body) {
        if (installation.isSetUp()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        SetupForm form = SetupForm.from(body);
        List<FieldProblem> problems = form.problems(passwordPolicy);
        if (!problems.isEmpty()) {
            models.put("form", form);
            models.put("errors", FormErrors.of(problems, messages));
            return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
        }
        try {
            installation.setUp(
                    form.clinicName(), form.fullName(), form.email(), form.password(), clientAddress.of(request));
        } catch (InstallationService.SetupClosedException raced) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        flash.success(messages.get("setup.done"));
        return Response.seeOther(URI.create("/login")).build();
    }
}
