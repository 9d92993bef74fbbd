package app.gaitway.security;

import app.gaitway.security.accounts.UserAccount;
import app.gaitway.security.secondfactor.SecondFactors;
import app.gaitway.shared.audit.AuditAction;
import app.gaitway.shared.audit.AuditOutcome;
import app.gaitway.shared.audit.AuditTrail;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The sign-in page. Failures say the same thing whether or not the account exists. */
@Path("login")
@RequestScoped
public class LoginController {

    private static final Set<String> END_REASONS = Set.of(
            "timeout",
            "deactivated",
            "password-reset",
            "role-changed",
            "signed-out",
            "logout",
            "elsewhere",
            "admin",
            "password-changed");

    @Inject
    Clock clock;

    @Inject
    Models models;

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginThrottleHolder throttle;

    @Inject
    AccountService accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Messages messages;

    @Inject
    HeldForms heldForms;

    @Inject
    HttpServletRequest request;

    @Inject
    SecondFactors secondFactors;

    @Inject
    CompletedSignIn signIn;

    @Context
    HttpServletResponse response;

    @GET
    public Response show(@QueryParam("ended") String ended, @QueryParam("next") String next) {
        if (!accounts.anyUserExists()) {
            return Response.seeOther(URI.create("/setup")).build();
        }
        if (currentUser.isSignedIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        if (ended != null && END_REASONS.contains(ended)) {
            models.put("notice", messages.get("login.ended." + ended));
        }
        noteHeldForm();
        models.put("next", SignInMechanism.safeNext(next));
        return Response.ok("security/login.html").build();
    }

    @POST
    public Response signIn(MultivaluedMap<String, String> body) {
        LoginForm form = LoginForm.from(body);
        String typedEmail = form.typedEmail();
        String password = form.password();
        String next = form.next();
        String address = currentUser.clientAddress();
        models.put("email", typedEmail);
        models.put("next", SignInMechanism.safeNext(next));
        List<FieldProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            models.put("error", messages.get(problems.get(0).key()));
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity("security/login.html")
                    .build();
        }
        Optional<UserAccount> account = accounts.findByEmail(typedEmail);
        Duration wait = throttle.get().admit(typedEmail, address);
        if (!wait.isZero()) {
            audit.recordFor(
                    account.map(UserAccount::getId).orElse(null),
                    account.map(a -> a.getClinic().getId()).orElse(null),
                    address,
                    AuditAction.LOGIN_THROTTLED,
                    "user",
                    account.map(UserAccount::getId).orElse(null),
                    AuditOutcome.DENIED,
                    null);
            long seconds = LoginThrottle.wholeSeconds(wait);
            models.put("error", messages.get("login.throttled", seconds));
            // on the servlet response itself: a header on the JAX-RS response is lost when the view renders
            response.setHeader("Retry-After", String.valueOf(seconds));
            return Response.status(429).entity("security/login.html").build();
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                withParams().credential(new UsernamePasswordCredential(typedEmail, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            UserAccount user = account.orElseThrow();
            SecondFactors.NextStep step = secondFactors.afterPassword(user);
            if (step == SecondFactors.NextStep.CODE) {
                // Not signed in yet, and the account's failures are not cleared: only the code's success does that,
                // or a known password would reset the count of guessed codes.
                throttle.get().passwordAccepted(typedEmail, address);
                SignedInSession.forgetCaller(request.getSession());
                PendingSignIn.begin(
                        request.getSession(), new PendingSignIn(user.getId(), typedEmail, next, clock.instant()));
                return Response.seeOther(URI.create("/login/second-factor")).build();
            }
            boolean mustSetUp = step == SecondFactors.NextStep.SET_UP;
            return Response.seeOther(signIn.complete(
                            user, typedEmail, next, mustSetUp, mustSetUp ? "second factor to be set up" : null))
                    .build();
        }
        throttle.get().recordFailure(typedEmail, address);
        audit.recordFor(
                account.map(UserAccount::getId).orElse(null),
                account.map(a -> a.getClinic().getId()).orElse(null),
                address,
                AuditAction.LOGIN,
                "user",
                account.map(UserAccount::getId).orElse(null),
                AuditOutcome.FAILURE,
                account.isEmpty()
                        ? "unknown account"
                        : (account.get().isActive() ? "wrong password" : "account deactivated"));
        models.put("error", messages.get("login.failed"));
        noteHeldForm();
        return Response.status(Response.Status.UNAUTHORIZED)
                .entity("security/login.html")
                .build();
    }

    /** Says that a form typed before the session ended waits for this sign-in, while one does. */
    private void noteHeldForm() {
        if (heldForms.isWaiting(request.getSession(false))) {
            models.put("heldNotice", messages.get("login.heldForm", heldForms.keptMinutes()));
        }
    }
}
