package app.gaitway.security;

import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Every user can change their own password; a temporary one must be changed first. */
@Path("account/password")
@RequestScoped
public class AccountController {

    private static final String VIEW = "security/change-password.html";

    @Inject
    Models models;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @Inject
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Inject
    LoginThrottleHolder throttle;

    private final PasswordPolicy policy = PasswordPolicy.withShippedList();

    @GET
    public String show() {
        models.put("errors", new FormErrors());
        return VIEW;
    }

    @POST
    public Response change(MultivaluedMap<String, String> body) {
        PasswordChangeForm form = PasswordChangeForm.from(body);
        List<FieldProblem> problems = form.problems();
        if (problems.isEmpty()) {
            // Guessing the current password here is guessing the sign-in password: the same counters, per account
            // and per address, so a stolen session cannot test guesses faster than the sign-in page allows.
            String email = currentUser.require().email();
            String address = currentUser.clientAddress();
            Duration wait = throttle.get().admit(email, address);
            if (!wait.isZero()) {
                long seconds = LoginThrottle.wholeSeconds(wait);
                models.put(
                        "errors",
                        FormErrors.of(
                                List.of(new FieldProblem("currentPassword", "password.throttled", seconds)), messages));
                response.setHeader("Retry-After", String.valueOf(seconds));
                return Response.status(429).entity(VIEW).build();
            }
            var result =
                    accounts.changeOwnPassword(currentUser.id(), form.currentPassword(), form.newPassword(), policy);
            if (result.problems().stream().anyMatch(p -> p.field().equals("currentPassword"))) {
                throttle.get().recordFailure(email, address);
            } else {
                throttle.get().recordSuccess(email, address);
            }
            if (result.succeeded()) {
                SignedInSession.passwordChangedBySelf(request.getSession(), result.passwordChangedAt());
                flash.success(messages.get("password.changed"));
                return Response.seeOther(URI.create("/")).build();
            }
            problems = result.problems();
        }
        models.put("errors", FormErrors.of(problems, messages));
        return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
    }
}
