package app.gaitway.clinics;

import app.gaitway.security.accounts.UserAccount;

import java.time.Instant;

/** One line of the staff list. */
public record StaffRow(
        long id,
        String fullName,
        String email,
        String role,
        boolean active,
        Instant lastSignIn,
        String lastSignInText) {

    static StaffRow of(UserAccount user) {
        return new StaffRow(
                user.getId(),
                user.getFullName(),
                user.getEmail(),
                user.getRole().name(),
                user.isActive(),
                user.getLastLoginAt(),
                DisplayTimes.format(user.getLastLoginAt()));
    }
}
