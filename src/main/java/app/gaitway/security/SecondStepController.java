package app.gaitway.security;

import app.gaitway.security.accounts.UserAccount;
import app.gaitway.security.secondfactor.SecondFactors;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
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
import java.time.Clock;
import java.util.Optional;

/**
 * The second step of signing in: after a correct password, a code from the authenticator app or a recovery code.
 * Only a session with a {@link PendingSignIn} gets here; the session is signed in only when the code is right.
 * Wrong codes count against the same sign-in throttle as wrong passwords, for the typed email and the address.
 */
@Path("login/second-factor")
@RequestScoped
public class SecondStepController {

    private static final String VIEW = "security/second-step.html";
    private static final String FIELD = "code";

    @Inject
    Clock clock;

    @Inject
    Models models;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    SecondFactors secondFactors;

    @Inject
    LoginThrottleHolder throttle;

    @Inject
    AuditTrail audit;

    @Inject
    CompletedSignIn signIn;

    @GET
    public Response show() {
        if (PendingSignIn.of(request.getSession(false), clock.instant()).isEmpty()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        return page(new FormErrors(), Response.Status.OK.getStatusCode());
    }

    @POST
    public Response check(MultivaluedMap<String, String> body) {
        Optional<PendingSignIn> pending = PendingSignIn.of(request.getSession(false), clock.instant());
        // deactivated, or the password reset by an administrator, since the password was typed: start again
        Optional<UserAccount> account = pending.flatMap(p -> accounts.findActive(p.userId())
                .filter(u -> !u.getPasswordChangedAt().isAfter(p.passwordAt())));
        if (account.isEmpty()) {
            PendingSignIn.end(request.getSession(false));
            return Response.seeOther(URI.create("/login")).build();
        }
        PendingSignIn signingIn = pending.get();
        UserAccount user = account.get();
        String address = currentUser.clientAddress();
        SecondFactorCodeForm form = SecondFactorCodeForm.from(body);
        if (!form.problems().isEmpty()) {
            return page(FormErrors.of(form.problems(), messages), 400);
        }
        if (throttle.get().isBlocked(signingIn.email(), address)) {
            audit.recordFor(
                    user.getId(),
                    user.getClinic().getId(),
                    address,
                    AuditAction.LOGIN_THROTTLED,
                    "user",
                    user.getId(),
                    AuditOutcome.DENIED,
                    "second step");
            return page(
                    new FormErrors()
                            .global(messages.get(
                                    "login.throttled",
                                    LoginThrottle.wholeSeconds(throttle.get().waitFor(signingIn.email(), address)))),
                    429);
        }
        SecondFactors.Caller caller =
                new SecondFactors.Caller(user.getId(), user.getClinic().getId(), address);
        SecondFactors.Check result = secondFactors.check(caller, form.code());
        switch (result) {
            case AUTHENTICATOR_CODE, RECOVERY_CODE -> {
                PendingSignIn.end(request.getSession());
                boolean recovery = result == SecondFactors.Check.RECOVERY_CODE;
                URI target = signIn.afterSecondStep(
                        user,
                        signingIn.email(),
                        signingIn.next(),
                        recovery ? "with a recovery code" : "with an authenticator code");
                if (recovery) {
                    flash.notice(messages.get(
                            "secondFactor.recoveryCodeUsed",
                            secondFactors.status(user.getId()).recoveryCodesLeft()));
                }
                return Response.seeOther(target).build();
            }
            default -> {
                throttle.get().recordFailure(signingIn.email(), address);
                return page(new FormErrors().add(FIELD, messages.get(problemKey(result))), 401);
            }
        }
    }

    /** Back to the password: the half-done sign-in is forgotten. */
    @POST
    @Path("cancel")
    public Response cancel() {
        PendingSignIn.end(request.getSession(false));
        return Response.seeOther(URI.create("/login")).build();
    }

    private static String problemKey(SecondFactors.Check result) {
        return switch (result) {
            case USED_BEFORE -> "secondFactor.code.usedBefore";
            case KEY_UNREADABLE -> "secondFactor.code.keyUnreadable";
            default -> "secondFactor.code.wrong";
        };
    }

    private Response page(FormErrors errors, int status) {
        models.put("errors", errors);
        return Response.status(status).entity(VIEW).build();
    }
}
