package app.gaitway.security;

import app.gaitway.security.accounts.UserRepository;
import app.gaitway.shared.audit.AuditContext;
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
    ClientAddress clientAddress;

    private Optional<SignedInUser> user;

    public Optional<SignedInUser> get() {
        if (user == null) {
            Principal principal = securityContext.getCallerPrincipal();
            user = principal == null
                    ? Optional.empty()
                    : WholeNumbers.parseLong(principal.getName())
                            .flatMap(users::findWithClinic)
                            .map(SignedInUser::of);
        }
        return user;
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
