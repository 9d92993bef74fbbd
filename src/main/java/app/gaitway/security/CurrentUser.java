package app.gaitway.security;

import app.gaitway.security.accounts.UserRepository;
import app.gaitway.security.sessions.SessionRecord;
import app.gaitway.security.sessions.SessionRecords;
import app.gaitway.shared.audit.AuditContext;
import app.gaitway.shared.crypto.RandomTokens;
import app.gaitway.shared.text.WholeNumbers;
import app.gaitway.shared.web.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.Optional;

/**
 * Who is making this request, loaded once per request (one query, user and clinic).
 * Services take the clinic from here, never from a form, so a user only ever reaches
 * their own clinic's records. Templates see it as {@code currentUser}.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser implements AuditContext {

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @Inject
    UserRepository users;

    @Inject
    SessionRecords sessions;

    @Inject
    ClientAddress clientAddress;

    private Optional<SignedInUser> user;
    private SessionRecord session;

    public Optional<SignedInUser> get() {
        if (user == null) {
            Principal principal = securityContext.getCallerPrincipal();
            Optional<Long> id = principal == null ? Optional.empty() : WholeNumbers.parseLong(principal.getName());
            String token = SignedInSession.token(request.getSession(false));
            if (id.isPresent() && token != null) {
                // the session's row comes with the user, in the same query (see SessionGuardFilter)
                var found = sessions.userWithSession(id.get(), RandomTokens.hash(token));
                session = found.map(SessionRecords.UserAndSession::session).orElse(null);
                user = found.map(f -> SignedInUser.of(f.user()));
            } else {
                session = null;
                user = id.flatMap(users::findWithClinic).map(SignedInUser::of);
            }
        }
        return user;
    }

    /** This session's row in the signed-in sessions table, as loaded with the user; empty when it has none. */
    Optional<SessionRecord> session() {
        get();
        return Optional.ofNullable(session);
    }

    /** After the user changed their own details in this request. */
    public void refresh() {
        user = null;
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public long id() {
        return require().id();
    }

    public long clinicId() {
        return require().clinicId();
    }

    public boolean isAdmin() {
        return get().map(SignedInUser::isAdmin).orElse(false);
    }

    public boolean isInstallationOwner() {
        return get().map(SignedInUser::installationOwner).orElse(false);
    }

    public boolean isMustChangePassword() {
        return get().map(SignedInUser::mustChangePassword).orElse(false);
    }

    public String getFullName() {
        return get().map(SignedInUser::fullName).orElse("");
    }

    public String getClinicName() {
        return get().map(SignedInUser::clinicName).orElse("");
    }

    @Override
    public Optional<Party> signedIn() {
        return get().map(u -> new Party(u.id(), u.clinicId()));
    }

    @Override
    public String clientAddress() {
        return clientAddress.of(request);
    }
}
