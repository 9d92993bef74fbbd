package app.gaitway.security;

import app.gaitway.security.accounts.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * The end of every sign-in, with the password alone or after the second step: the session is opened with its
 * limits, the sign-in recorded, and the user sent on (to a form kept from a lost session first, see HeldForms).
 */
@RequestScoped
class CompletedSignIn {

    @Inject
    Clock clock;

    @Inject
    HttpServletRequest request;

    @Inject
    LoginThrottleHolder throttle;

    @Inject
    LoginRecorder recorder;

    @Inject
    SessionSettings sessionSettings;

    @Inject
    HeldForms heldForms;

    @Inject
    CurrentUser currentUser;

    @Inject
    SignedInSessions sessions;

    /**
     * After the second step: the caller is remembered only now, under a new session id, so an id seen during the
     * half-signed-in step is worth nothing afterwards.
     */
    URI afterSecondStep(UserAccount user, String email, String next, String how) {
        request.changeSessionId();
        SignedInSession.rememberCaller(
                request.getSession(),
                String.valueOf(user.getId()),
                Set.of(user.getRole().name()));
        return complete(user, email, next, false, how);
    }

    /**
     * @param mustSetUpSecondFactor the clinic requires a second factor the user has not set up: until they do,
     *     no other page opens
     */
    URI complete(UserAccount user, String email, String next, boolean mustSetUpSecondFactor, String how) {
        throttle.get().recordSuccess(email, currentUser.clientAddress());
        Instant now = clock.instant();
        HttpSession session = request.getSession();
        SignedInSession.open(session, now, user.getPasswordChangedAt(), sessionSettings.idleSecondsAsInt());
        SignedInSession.requireSecondFactorSetUp(session, mustSetUpSecondFactor);
        sessions.open(session, user.getId(), request.getHeader("User-Agent"), currentUser.clientAddress(), now);
        recorder.signedIn(user.getId(), user.getClinic().getId(), currentUser.clientAddress(), now, how);
        String target = heldForms.afterSignIn(session, user.getId()).orElse(next);
        return URI.create(SignInMechanism.safeNext(target));
    }
}
