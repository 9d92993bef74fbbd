package app.gaitway.clinics;

import app.gaitway.security.accounts.Clinic;
import app.gaitway.security.accounts.Role;
import app.gaitway.security.accounts.UserAccount;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AdministrationRulesTest {

    private static final Clinic CLINIC = new Clinic("Riverside");

    private static UserAccount admin() {
        return UserAccount.withTemporaryPassword(CLINIC, "admin@riverside.test", "Ada Admin", Role.ADMIN, "hash");
    }

    private static UserAccount therapist() {
        return UserAccount.withTemporaryPassword(
                CLINIC, "theo@riverside.test", "Theo Therapist", Role.THERAPIST, "hash");
    }

    private static UserAccount owner() {
        return UserAccount.installationOwner(CLINIC, "owner@riverside.test", "Olivia Owner", "hash");
    }

    @Test
    void allowsDeactivatingATherapist() {
        assertEquals(Optional.empty(), AdministrationRules.whyNotDeactivate(therapist(), false, 1));
    }

    @Test
    void refusesDeactivatingYourself() {
        assertEquals(Optional.of("staff.rule.deactivateSelf"), AdministrationRules.whyNotDeactivate(admin(), true, 3));
    }

    @Test
    void refusesDeactivatingTheLastActiveAdmin() {
        assertEquals(
                Optional.of("staff.rule.lastAdminDeactivate"), AdministrationRules.whyNotDeactivate(admin(), false, 1));
    }

    @Test
    void allowsDeactivatingAnAdminWhenAnotherRemains() {
        assertEquals(Optional.empty(), AdministrationRules.whyNotDeactivate(admin(), false, 2));
    }

    @Test
    void refusesDeactivatingTheInstallationOwner() {
        assertEquals(Optional.of("staff.rule.owner"), AdministrationRules.whyNotDeactivate(owner(), false, 5));
    }

    @Test
    void deactivatingAnInactiveAccountAgainIsHarmless() {
        UserAccount inactive = admin();
        inactive.deactivate();
        assertEquals(Optional.empty(), AdministrationRules.whyNotDeactivate(inactive, false, 0));
    }

    @Test
    void refusesDemotingTheLastActiveAdmin() {
        assertEquals(
                Optional.of("staff.rule.lastAdminDemote"),
                AdministrationRules.whyNotChangeRole(admin(), Role.THERAPIST, false, 1));
    }

    @Test
    void allowsDemotingAnAdminWhenAnotherRemains() {
        assertEquals(Optional.empty(), AdministrationRules.whyNotChangeRole(admin(), Role.THERAPIST, false, 2));
    }

    @Test
    void allowsDemotingAnInactiveAdmin() {
        UserAccount inactive = admin();
        inactive.deactivate();
        assertEquals(Optional.empty(), AdministrationRules.whyNotChangeRole(inactive, Role.THERAPIST, false, 1));
    }

    @Test
    void refusesChangingYourOwnRole() {
        assertEquals(
                Optional.of("staff.rule.ownRole"),
                AdministrationRules.whyNotChangeRole(admin(), Role.THERAPIST, true, 4));
    }

    @Test
    void refusesDemotingTheInstallationOwner() {
        assertEquals(
                Optional.of("staff.rule.owner"),
                AdministrationRules.whyNotChangeRole(owner(), Role.THERAPIST, false, 4));
    }

    @Test
    void keepingTheSameRoleIsNoChange() {
        assertEquals(Optional.empty(), AdministrationRules.whyNotChangeRole(admin(), Role.ADMIN, true, 1));
    }

    @Test
    void promotingATherapistIsAllowed() {
        assertEquals(Optional.empty(), AdministrationRules.whyNotChangeRole(therapist(), Role.ADMIN, false, 1));
    }

    @Test
    void refusesResettingYourOwnPassword() {
        assertEquals(Optional.of("staff.rule.resetSelf"), AdministrationRules.whyNotResetPassword(true));
        assertEquals(Optional.empty(), AdministrationRules.whyNotResetPassword(false));
    }
}
