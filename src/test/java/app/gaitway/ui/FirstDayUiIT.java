package app.gaitway.ui;

import app.gaitway.testdata.Staff;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.ui.pages.ChangePasswordPage;
import app.gaitway.ui.pages.HomePage;
import app.gaitway.ui.pages.LoginPage;
import app.gaitway.ui.pages.NewStaffPage;
import app.gaitway.ui.pages.StaffListPage;
import app.gaitway.ui.pages.StaffMemberPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clinic's first day in a real browser: the administrator adds a therapist, who signs in
 * with the temporary password, chooses their own and reaches the home page. Screenshots of
 * the pages along the way go to target/screenshots/ for a person to look at.
 */
@ExtendWith(SharedServer.class)
class FirstDayUiIT {

    private static final String THERAPIST_PASSWORD = "paper kite over the harbour";

    @Test
    void theAdministratorAddsATherapistWhoSignsInAndChoosesTheirOwnPassword(GaitwayServer server) {
        String name = Staff.unique("Maya Therapist");
        String email = Staff.uniqueEmail("maya");
        try (Browser browser = Browser.open(server.baseUrl())) {
            LoginPage login = LoginPage.open(browser);
            browser.screenshot("login");

            HomePage adminHome = login.signInAs(SharedServer.OWNER_EMAIL, SharedServer.OWNER_PASSWORD);
            assertTrue(adminHome.heading().startsWith("Welcome"), adminHome.heading());
            browser.screenshot("home-admin");

            StaffListPage staff = adminHome.openStaffFromNavigation();
            assertTrue(staff.rowCount() >= 1);
            browser.screenshot("staff-list");

            NewStaffPage form = staff.addStaffMember()
                    .fillIn(name, "maya at clinic", "THERAPIST", Staff.TEMPORARY_PASSWORD)
                    .addExpectingProblems();
            assertFalse(form.errorBeside("email").isEmpty(), "the email problem is shown beside the field");
            assertEquals(name, form.valueOf("fullName"), "typed name kept");
            assertEquals("", form.valueOf("temporaryPassword"), "password never sent back");
            browser.screenshot("new-staff-error");

            StaffMemberPage member = form.fillIn(name, email, "THERAPIST", Staff.TEMPORARY_PASSWORD)
                    .add();
            assertEquals(name, member.heading());
            assertTrue(member.flash().contains("was added"), member.flash());
            assertEquals(email, member.email());
            browser.screenshot("staff-details");

            LoginPage signedOut = member.logOut();
            assertTrue(signedOut.notice().contains("signed out"), signedOut.notice());

            ChangePasswordPage mustChange = signedOut.signInWithTemporaryPassword(email, Staff.TEMPORARY_PASSWORD);
            assertTrue(mustChange.saysPasswordMustChange());
            browser.screenshot("change-password-first-sign-in");

            HomePage therapistHome = mustChange.changeTo(Staff.TEMPORARY_PASSWORD, THERAPIST_PASSWORD);
            assertEquals("Welcome, " + name, therapistHome.heading());
            assertTrue(therapistHome.flash().contains("password was changed"), therapistHome.flash());
            browser.screenshot("home-therapist");

            LoginPage end = therapistHome.logOut();
            assertTrue(end.notice().contains("signed out"), end.notice());
        }
    }

    @Test
    void staffPagesFitAPhoneScreen(GaitwayServer server) {
        try (Browser browser = Browser.open(server.baseUrl(), 390, 844)) {
            StaffListPage staff = LoginPage.open(browser)
                    .signInAs(SharedServer.OWNER_EMAIL, SharedServer.OWNER_PASSWORD)
                    .openStaffFromNavigation();
            assertFalse(
                    browser.overflowsHorizontally(), "staff list wider than a " + browser.innerWidth() + "px screen");
            browser.screenshot("phone-staff-list");

            NewStaffPage form =
                    staff.addStaffMember().fillIn("", "", "THERAPIST", "").addExpectingProblems();
            assertFalse(browser.overflowsHorizontally(), "new-staff form wider than the screen");
            browser.screenshot("phone-new-staff-error");

            browser.go("/admin/users");
            StaffMemberPage member = new StaffListPage(browser).openMember("Olivia Owner");
            assertFalse(browser.overflowsHorizontally(), "staff member page wider than the screen");
            assertEquals("Active", member.status());
            browser.screenshot("phone-staff-details");
        }
    }
}
