package app.gaitway.security;

import app.gaitway.security.accounts.Role;
import app.gaitway.security.accounts.UserAccount;

import java.time.Instant;

/** The signed-in staff member as pages and services see them: plain values, no lazy entity. */
public record SignedInUser(
        long id,
        long clinicId,
        String clinicName,
        String fullName,
        String email,
        Role role,
        boolean active,
        boolean mustChangePassword,
        boolean installationOwner,
        Instant passwordChangedAt) {

    static SignedInUser of(UserAccount user) {
        return new SignedInUser(
                user.getId(),
                user.getClinic().getId(),
                user.getClinic().getName(),
                user.getFullName(),
                user.getEmail(),
                user.getRole(),
                user.isActive(),
                user.isMustChangePassword(),
                user.isInstallationOwner(),
                user.getPasswordChangedAt());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
