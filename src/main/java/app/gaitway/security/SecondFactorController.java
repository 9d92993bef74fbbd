package app.gaitway.security;

import app.gaitway.security.secondfactor.Enrolment;
import app.gaitway.security.secondfactor.SecondFactors;
import app.gaitway.security.secondfactor.Totp;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.FormErrors;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The user's own second factor (/account/second-factor): setting up an authenticator app (scan or type the key,
 * then confirm with a current code: only then is it on), new recovery codes (with the password), and turning it
 * off (with the password and a current code; never for the installation owner). The key being set up waits in
 * the session, never in the database, until it is confirmed.
 */
@Path("account/second-factor")
@RequestScoped
public class SecondFactorController {

    private static final String VIEW = "security/second-factor.html";
    private static final String CODES_VIEW = "security/recovery-codes.html";
    private static final String PAGE = "/account/second-factor";
    private static final String ENROLMENT = "gaitway.secondFactorEnrolment";

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

    @GET
    public Response show() {
        return page(new FormErrors(), 200);
    }

    /** Confirms the key being set up with a code it gives now. */
    @POST
    public Response confirm(MultivaluedMap<String, String> body) {
        Optional<Enrolment> enrolment = enrolment(request.getSession());
        if (enrolment.isEmpty() || secondFactors.status(currentUser.id()).on()) {
            return Response.seeOther(URI.create(PAGE)).build();
        }
        SecondFactorCodeForm form = SecondFactorCodeForm.from(body);
        if (!form.problems().isEmpty()) {
            return page(FormErrors.of(form.problems(), messages), 400);
        }
        Optional<List<String>> codes = secondFactors.confirm(caller(), enrolment.get(), form.code());
        if (codes.isEmpty()) {
            return page(new FormErrors().add("code", messages.get("secondFactor.setUp.wrongCode")), 400);
        }
        request.getSession().removeAttribute(ENROLMENT);
        SignedInSession.requireSecondFactorSetUp(request.getSession(), false);
        return codes(codes.get(), "secondFactor.setUp.done");
    }

    @POST
    @Path("recovery-codes")
    public Response newRecoveryCodes(MultivaluedMap<String, String> body) {
        if (!secondFactors.status(currentUser.id()).on()) {
            return Response.seeOther(URI.create(PAGE)).build();
        }
        Optional<Response> refused =
                passwordRefused(RecoveryCodesForm.from(body).codesPassword(), "codesPassword");
        if (refused.isPresent()) {
            return refused.get();
        }
        return codes(secondFactors.newRecoveryCodes(caller()), "secondFactor.codes.replaced");
    }

    @POST
    @Path("off")
    public Response turnOff(MultivaluedMap<String, String> body) {
        if (!secondFactors.status(currentUser.id()).on()) {
            return Response.seeOther(URI.create(PAGE)).build();
        }
        if (currentUser.isInstallationOwner()) {
            return page(new FormErrors().global(messages.get("secondFactor.off.owner")), 409);
        }
        SecondFactorOffForm form = SecondFactorOffForm.from(body);
        Optional<Response> refused = passwordRefused(form.offPassword(), "offPassword");
        if (refused.isPresent()) {
            return refused.get();
        }
        String code = form.offCode();
        // a current authenticator code: a recovery code is for a lost phone, not for this
        SecondFactors.Check check = Totp.looksLikeCode(code) ? secondFactors.check(caller(), code) : null;
        if (check != SecondFactors.Check.AUTHENTICATOR_CODE) {
            throttle.get().recordFailure(currentUser.require().email(), currentUser.clientAddress());
            String key = check == SecondFactors.Check.USED_BEFORE
                    ? "secondFactor.code.usedBefore"
                    : "secondFactor.code.wrong";
            return page(new FormErrors().add("offCode", messages.get(key)), 400);
        }
        secondFactors.turnOff(caller());
        boolean required = secondFactors.afterPassword(
                        accounts.findActive(currentUser.id()).orElseThrow())
                == SecondFactors.NextStep.SET_UP;
        // where the clinic requires one, turning it off is setting up a new one (a new phone, say), at once
        SignedInSession.requireSecondFactorSetUp(request.getSession(), required);
        flash.success(messages.get(required ? "secondFactor.off.setUpAgain" : "secondFactor.off.done"));
        return Response.seeOther(URI.create(PAGE)).build();
    }

    /** The password check of a change, throttled like sign-in: a stolen session must not guess the password here. */
    private Optional<Response> passwordRefused(String password, String field) {
        String email = currentUser.require().email();
        String address = currentUser.clientAddress();
        if (throttle.get().isBlocked(email, address)) {
            long seconds = LoginThrottle.wholeSeconds(throttle.get().waitFor(email, address));
            return Optional.of(page(new FormErrors().add(field, messages.get("login.throttled", seconds)), 429));
        }
        if (!accounts.passwordMatches(currentUser.id(), password)) {
            throttle.get().recordFailure(email, address);
            return Optional.of(page(new FormErrors().add(field, messages.get("password.currentWrong")), 400));
        }
        return Optional.empty();
    }

    private Response codes(List<String> codes, String headingKey) {
        models.put("codes", codes);
        models.put("codesHeading", messages.get(headingKey));
        return Response.ok(CODES_VIEW).build();
    }

    private Response page(FormErrors errors, int status) {
        SecondFactors.Status current = secondFactors.status(currentUser.id());
        models.put("errors", errors);
        models.put("secondFactor", current);
        models.put("mustSetUp", SignedInSession.mustSetUpSecondFactor(request.getSession(false)));
        if (!current.on()) {
            Enrolment enrolment = enrolment(request.getSession()).orElseGet(() -> {
                Enrolment created = secondFactors.newEnrolment();
                request.getSession().setAttribute(ENROLMENT, created.secret());
                return created;
            });
            String account = currentUser.require().email();
            models.put("typedKey", enrolment.typedKey());
            models.put("qrCode", enrolment.qrCode(account));
        }
        return Response.status(status).entity(VIEW).build();
    }

    private static Optional<Enrolment> enrolment(HttpSession session) {
        return session.getAttribute(ENROLMENT) instanceof byte[] secret
                ? Optional.of(new Enrolment(secret))
                : Optional.empty();
    }

    private SecondFactors.Caller caller() {
        return new SecondFactors.Caller(currentUser.id(), currentUser.clinicId(), currentUser.clientAddress());
    }
}
