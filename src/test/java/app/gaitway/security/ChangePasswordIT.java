package app.gaitway.security;

import app.gaitway.testdata.OwnClinicAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static app.gaitway.testing.PageAssertions.assertNoInternals;
import static app.gaitway.testing.PageAssertions.assertRedirect;
import static app.gaitway.testing.PageAssertions.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changing one's own password. Each test uses an account of its own (on the shared
 * server, in a clinic of its own), so the shared owner's password never changes.
 */
@ExtendWith(SharedServer.class)
class ChangePasswordIT {

    private static final String NEW_PASSWORD = "walking poles on wet sand";

    private static WebClient signedIn(GaitwayServer server, OwnClinicAccounts.Account account) {
        WebClient browser = new WebClient(server);
        assertRedirect("/", browser.login(account.email(), account.password()));
        return browser;
    }

    private static WebClient.Page change(WebClient browser, String current, String fresh, String repeat) {
        return browser.submit(
                "/account/password",
                "/account/password",
                Map.of("currentPassword", current, "newPassword", fresh, "newPasswordRepeat", repeat));
    }

    @Test
    void aWrongCurrentPasswordIsShownBesideItsField(GaitwayServer server) {
        var account = OwnClinicAccounts.therapist(server, "wrongcurrent");
        WebClient browser = signedIn(server, account);

        WebClient.Page page = change(browser, "not my password at all", NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(400, page.status());
        assertEquals("Change your password", page.heading());
        assertEquals("Your current password is not right.", fieldError(page, "currentPassword"));
        assertTrue(page.contains("aria-invalid=\"true\""), "the field is marked invalid");
        assertNoInternals(page);

        assertEquals(
                401, new WebClient(server).login(account.email(), NEW_PASSWORD).status(), "nothing changed");
    }

    @Test
    void guessingTheCurrentPasswordIsSlowedLikeSignInAndTheRightOneWorksAfterTheWait(GaitwayServer server)
            throws Exception {
        var account = OwnClinicAccounts.therapist(server, "guesscurrent");
        WebClient browser = signedIn(server, account);
        for (int i = 1; i <= 5; i++) {
            WebClient.Page wrong = change(browser, "guess number " + i, NEW_PASSWORD, NEW_PASSWORD);
            assertEquals(400, wrong.status(), "guess " + i);
            assertEquals("Your current password is not right.", fieldError(wrong, "currentPassword"));
        }

        WebClient.Page slowed = change(browser, account.password(), NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(429, slowed.status(), "the password is not even checked during the wait");
        assertEquals(
                "Too many wrong tries. For your security, wait 1 second before you try again.",
                fieldError(slowed, "currentPassword"));
        assertEquals("1", slowed.header("Retry-After").orElse(null));
        assertEquals(
                429,
                new WebClient(server).login(account.email(), account.password()).status(),
                "the same counter as sign-in: guessing here costs there too");

        Thread.sleep(1_100);
        assertRedirect("/", change(browser, account.password(), NEW_PASSWORD, NEW_PASSWORD), "changed after the wait");
        assertRedirect("/", new WebClient(server).login(account.email(), NEW_PASSWORD));
    }

    @Test
    void aTooShortOrMismatchedNewPasswordIsRefused(GaitwayServer server) {
        var account = OwnClinicAccounts.therapist(server, "tooshort");
        WebClient browser = signedIn(server, account);

        WebClient.Page tooShort = change(browser, account.password(), "short one", "short one");
        assertEquals(400, tooShort.status());
        assertEquals("Use at least 12 characters.", fieldError(tooShort, "newPassword"));

        WebClient.Page common = change(browser, account.password(), "Password1234", "Password1234");
        assertEquals(400, common.status());
        assertEquals(
                "This password is too common and easy to guess. Choose another.", fieldError(common, "newPassword"));

        for (String breached : new String[] {"qwerty123456", "1qaz2wsx3edc", "sunshine2024!!"}) {
            WebClient.Page listed = change(browser, account.password(), breached, breached);
            assertEquals(400, listed.status(), breached);
            assertEquals(
                    "This password is too common and easy to guess. Choose another.",
                    fieldError(listed, "newPassword"),
                    breached + ": on the shipped list of breached passwords, or a listed one with digits around it");
        }

        WebClient.Page same = change(browser, account.password(), account.password(), account.password());
        assertEquals(400, same.status());
        assertEquals("Choose a password different from your current one.", fieldError(same, "newPassword"));

        WebClient.Page mismatch = change(browser, account.password(), NEW_PASSWORD, NEW_PASSWORD + ".");
        assertEquals(400, mismatch.status());
        assertEquals("The two passwords are not the same.", fieldError(mismatch, "newPasswordRepeat"));

        assertRedirect("/", new WebClient(server).login(account.email(), account.password()), "still the old password");
    }

    @Test
    void theNewPasswordWorksAtTheNextSignInAndTheOldOneNoLonger(GaitwayServer server) {
        var account = OwnClinicAccounts.therapist(server, "changes");
        WebClient browser = signedIn(server, account);
        WebClient otherDevice = signedIn(server, account);

        assertRedirect("/", change(browser, account.password(), NEW_PASSWORD, NEW_PASSWORD));
        WebClient.Page home = browser.get("/");
        assertEquals(200, home.status(), "the session that changed the password goes on");
        assertTrue(home.contains("Your password was changed."), home.body());

        WebClient.Page elsewhere = otherDevice.get("/");
        assertEquals(303, elsewhere.status(), "sessions opened with the old password end");
        assertTrue(elsewhere.location().startsWith("/login"), elsewhere.location());

        assertRedirect("/login?ended=logout", browser.logout());
        assertEquals(
                401,
                new WebClient(server).login(account.email(), account.password()).status());
        assertRedirect("/", new WebClient(server).login(account.email(), NEW_PASSWORD));
    }
}
