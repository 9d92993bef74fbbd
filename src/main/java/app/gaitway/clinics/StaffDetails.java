package app.gaitway.clinics;

import app.gaitway.security.accounts.UserAccount;

import java.time.Instant;

/**
 * A staff member as their page shows them, saved values only.
 *
 * @param self whether this is the signed-in administrator's own account
 */
public record StaffDetails(
        long id,
        String fullName,
        String email,
        String role,
        boolean active,
        boolean mustChangePassword,
        boolean installationOwner,
        Instant lastSignIn,
        String lastSignInText,
        String addedText,
        String credentials,
        int version,
        boolean self,
        boolean secondFactorOn) {

    static StaffDetails of(UserAccount user, boolean self, boolean secondFactorOn) {
        return new StaffDetails(
                user.getId(),
                user.getFullName(),
                user.getEmail(),
                user.getRole().name(),
                user.isActive(),
                user.isMustChangePassword(),
                user.isInstallationOwner(),
                user.getLastLoginAt(),
                DisplayTimes.format(user.getLastLoginAt()),
                DisplayTimes.format(user.getCreatedAt()),
                user.getCredentials(),
                user.getVersion(),
                self,
                secondFactorOn);
    }
}
