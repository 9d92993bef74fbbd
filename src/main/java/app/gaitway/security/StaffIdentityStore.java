package app.gaitway.security;

import app.gaitway.security.accounts.UserAccount;
import app.gaitway.security.accounts.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Optional;
import java.util.Set;

/**
 * Checks an email and password against the staff accounts. The caller principal is the
 * account's id (never the email), so logs and the session hold no personal data.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String password = login.getPasswordAsString();
        Optional<UserAccount> account = users.findByEmail(login.getCaller());
        if (account.isEmpty()) {
            hasher.burnEquivalentTime(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount user = account.get();
        if (!hasher.matches(password, user.getPasswordHash()) || !user.isActive()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                new CallerPrincipal(String.valueOf(user.getId())),
                Set.of(user.getRole().name()));
    }
}
