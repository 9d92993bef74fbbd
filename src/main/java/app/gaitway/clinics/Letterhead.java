package app.gaitway.clinics;

import app.gaitway.security.CurrentUser;
import app.gaitway.security.accounts.ClinicAddress;
import app.gaitway.security.accounts.UserAccount;
import app.gaitway.security.accounts.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * What a printed report says about who made it: the signed-in user's clinic with its address, and their
 * credentials (kept on an assessment at signing, so a signed report does not follow later account changes).
 */
@ApplicationScoped
public class Letterhead {

    /** The clinic's name, its address lines (none when not given) and the signed-in user's credentials or null. */
    public record View(String clinicName, List<String> addressLines, String credentials) {}

    @Inject
    UserRepository users;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public View current() {
        UserAccount user = signedIn();
        return new View(
                user.getClinic().getName(), ClinicAddress.lines(user.getClinic().getAddress()), user.getCredentials());
    }

    /** The signed-in user's credentials as they are now, or null. */
    @Transactional
    public String currentCredentials() {
        return signedIn().getCredentials();
    }

    private UserAccount signedIn() {
        return users.findWithClinic(currentUser.id()).orElseThrow();
    }
}
