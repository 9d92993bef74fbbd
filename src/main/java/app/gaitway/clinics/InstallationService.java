package app.gaitway.clinics;

import app.gaitway.security.PasswordHasher;
import app.gaitway.security.accounts.UserAccount;
import app.gaitway.security.accounts.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns an empty installation into one with a first clinic and its administrator, once.
 * After any user exists, setup is refused for good: there is no default account and no
 * way back to the setup page.
 */
@ApplicationScoped
public class InstallationService {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    InstallationRecords records;

    public boolean isSetUp() {
        return users.anyUserExists();
    }

    /**
     * The password is hashed first, outside the transaction: hashing takes a quarter of a second alone and
     * seconds when several setups arrive at once on a small machine, and the others waited for the lock that long
     * until they timed out (500s instead of "already set up").
     *
     * @throws SetupClosedException when a user already exists (also when two people submit at once)
     */
    public UserAccount setUp(
            String clinicName, String adminName, String adminEmail, String password, String clientAddress) {
        if (isSetUp()) {
            throw new SetupClosedException();
        }
        String passwordHash = hasher.hash(password);
        return records.createFirst(clinicName, adminName, adminEmail, passwordHash, clientAddress);
    }

    /** Thrown when setup is attempted on an installation that already has users. */
    public static class SetupClosedException extends RuntimeException {
        public SetupClosedException() {
            super("Setup is closed: the installation already has users");
        }
    }
}
