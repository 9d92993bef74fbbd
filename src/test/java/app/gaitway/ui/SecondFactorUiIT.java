package app.gaitway.ui;

import app.gaitway.testdata.Authenticator;
import app.gaitway.testdata.TestAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.ui.pages.HomePage;
import app.gaitway.ui.pages.LoginPage;
import app.gaitway.ui.pages.SecondFactorPage;
import app.gaitway.ui.pages.SecondStepPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Setting up a second factor and signing in with it in a real browser: the key is read from the page as a person
 * types it into the app, and the test computes the app's codes from it.
 */
@ExtendWith(SharedServer.class)
class SecondFactorUiIT {

    private static final String PASSWORD = "second factor browser passphrase";

    @Test
    void setsUpAnAuthenticatorAndSignsInWithItsCode(GaitwayServer server) throws SQLException {
        long clinicId = TestAccounts.insertClinic(server, "Second factor browser " + System.nanoTime());
        String email = TestAccounts.uniqueEmail("browser");
        TestAccounts.insertUser(server, clinicId, email, "Bea Browser", "THERAPIST", PASSWORD);
        try (Browser browser = Browser.open(server.baseUrl())) {
            HomePage home = LoginPage.open(browser).signInAs(email, PASSWORD);
            SecondFactorPage setUp = SecondFactorPage.fromAccountMenu(home);
            assertTrue(setUp.showsQrCode());
            Authenticator app = Authenticator.fromTypedKey(setUp.typedKey());
            browser.screenshot("second-factor-set-up");

            SecondFactorPage codes = setUp.confirm(app.nextCode());
            assertEquals("Your second factor is on", codes.heading());
            assertEquals(10, codes.recoveryCodes().size());
            browser.screenshot("second-factor-recovery-codes");

            LoginPage.open(codes.logOut().browser()).signInAndContinue(email, PASSWORD);
            SecondStepPage secondStep = new SecondStepPage(browser).enterWrong(app.wrongCode());
            assertTrue(secondStep.codeError().startsWith("That code is not right."), secondStep.codeError());
            browser.screenshot("second-factor-wrong-code");
            HomePage signedIn = secondStep.enter(app.nextCode());
            assertEquals("Welcome, Bea Browser", signedIn.heading());
        }
    }
}
