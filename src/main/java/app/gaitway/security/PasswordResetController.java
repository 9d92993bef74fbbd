package app.gaitway.security;

import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * "Forgot password" by email: ask for a link, then choose a new password with it. Every route answers 404 when
 * email is off (no GAITWAY_SMTP_HOST): then an administrator sets a temporary password instead.
 */
@Path("password-reset")
@RequestScoped
public class PasswordResetController {

    private static final String ASK = "security/forgot-password.html";
    private static final String CHOOSE = "security/reset-password.html";
    private static final String GONE = "security/reset-gone.html";

    @Inject
    Models models;

    @Inject
    PasswordResets resets;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Context
    HttpServletResponse response;

    private final PasswordPolicy policy = PasswordPolicy.withShippedList();

    @GET
    public String ask() {
        requireOn();
        models.put("errors", new FormErrors());
        return ASK;
    }

    @POST
    public Response send(MultivaluedMap<String, String> body) {
        requireOn();
        ForgotPasswordForm form = ForgotPasswordForm.from(body);
        models.put("email", form.typedEmail());
        List<FieldProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            models.put("errors", FormErrors.of(problems, messages));
            return Response.status(Response.Status.BAD_REQUEST).entity(ASK).build();
        }
        if (!resets.request(form.typedEmail(), currentUser.clientAddress())) {
            models.put(
                    "errors", FormErrors.of(List.of(new FieldProblem(FieldProblem.FORM, "reset.throttled")), messages));
            // on the servlet response itself: a header on the JAX-RS response is lost when the view renders
            response.setHeader("Retry-After", String.valueOf(ResetRules.WINDOW.toSeconds()));
            return Response.status(429).entity(ASK).build();
        }
        return Response.seeOther(URI.create("/password-reset/sent")).build();
    }

    @GET
    @Path("sent")
    public String sent() {
        requireOn();
        return "security/forgot-password-sent.html";
    }

    @GET
    @Path("new")
    public Response choose(@QueryParam("token") String token) {
        requireOn();
        if (!resets.isUsable(token)) {
            return Response.status(Response.Status.GONE).entity(GONE).build();
        }
        models.put("token", token);
        models.put("errors", new FormErrors());
        return Response.ok(CHOOSE).build();
    }

    @POST
    @Path("new")
    public Response setPassword(MultivaluedMap<String, String> body) {
        requireOn();
        NewPasswordForm form = NewPasswordForm.from(body);
        List<FieldProblem> problems = form.problems();
        if (problems.isEmpty()) {
            PasswordResetStore.Completion result =
                    resets.complete(form.token(), form.newPassword(), policy, currentUser.clientAddress());
            if (result.gone()) {
                return Response.status(Response.Status.GONE).entity(GONE).build();
            }
            if (result.done()) {
                return Response.seeOther(URI.create("/login?ended=password-changed"))
                        .build();
            }
            problems = List.of(new FieldProblem("newPassword", result.problemKey()));
        } else if (!resets.isUsable(form.token())) {
            return Response.status(Response.Status.GONE).entity(GONE).build();
        }
        models.put("token", form.token());
        models.put("errors", FormErrors.of(problems, messages));
        return Response.status(Response.Status.BAD_REQUEST).entity(CHOOSE).build();
    }

    private void requireOn() {
        if (!resets.isOn()) {
            throw new RecordNotFoundException("page", "password-reset");
        }
    }
}
