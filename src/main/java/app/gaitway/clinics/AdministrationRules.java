package app.gaitway.clinics;

import app.gaitway.security.accounts.Role;
import app.gaitway.security.accounts.UserAccount;

import java.util.Optional;

/**
 * Rules that keep every clinic administrable: an administrator cannot lock themself out,
 * a clinic always keeps at least one active administrator, and the installation owner
 * (the only one who can create clinics) keeps their access. Each rule answers with the
 * message key of the reason it refuses, or empty when the change is allowed.
 */
public final class AdministrationRules {

    private AdministrationRules() {}

    /**
     * @param self             whether the administrator is acting on their own account
     * @param activeAdminCount active administrators of the target's clinic, the target included
     */
    public static Optional<String> whyNotDeactivate(UserAccount target, boolean self, long activeAdminCount) {
        if (!target.isActive()) {
            return Optional.empty();
        }
        if (self) {
            return Optional.of("staff.rule.deactivateSelf");
        }
        if (target.isInstallationOwner()) {
            return Optional.of("staff.rule.owner");
        }
        if (isOnlyActiveAdmin(target, activeAdminCount)) {
            return Optional.of("staff.rule.lastAdminDeactivate");
        }
        return Optional.empty();
    }

    public static Optional<String> whyNotChangeRole(
            UserAccount target, Role newRole, boolean self, long activeAdminCount) {
        if (newRole == target.getRole()) {
            return Optional.empty();
        }
        if (self) {
            return Optional.of("staff.rule.ownRole");
        }
        if (target.isInstallationOwner()) {
            return Optional.of("staff.rule.owner");
        }
        if (isOnlyActiveAdmin(target, activeAdminCount)) {
            return Optional.of("staff.rule.lastAdminDemote");
        }
        return Optional.empty();
    }

    /** An administrator's own password is changed on the account page, with the current one. */
    public static Optional<String> whyNotResetPassword(boolean self) {
        return self ? Optional.of("staff.rule.resetSelf") : Optional.empty();
    }

    private static boolean isOnlyActiveAdmin(UserAccount target, long activeAdminCount) {
        return target.isActive() && target.getRole() == Role.ADMIN && activeAdminCount <= 1;
    }
}
