package app.gaitway.assessments.ui;

import app.gaitway.testdata.OwnClinicAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.ui.Browser;
import app.gaitway.ui.NewPage;
import app.gaitway.ui.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real browser: a therapist types a long assessment, the session ends before Save (the server lost it, as
 * at a restart: the browser's session cookie is gone), Save leads to sign-in, and signing in again brings the
 * form back with everything typed and a message to check and save it; Save then saves it. A screenshot of the
 * form given back goes to target/screenshots for a person to look at.
 */
@ExtendWith(SharedServer.class)
class AssessmentKeptAcrossSignInUiIT {

    private static final String COMPLAINT = "Right knee pain going down stairs – since the half marathon in March";
    private static final String NOTE =
            "Pain 6/10 on step-down, dynamic valgus on the right, weak hip abductors (3+/5). "
                    + "Likely patellofemoral pain. Hip and quadriceps strengthening first, then step-down retraining. ";

    @Test
    void whatWasTypedWhenTheSessionEndedComesBackAfterSigningInAgain(GaitwayServer server) {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, "kept-ui");
        try (Browser browser = Browser.open(server.baseUrl())) {
            WebDriver driver = browser.driver();
            LoginPage.open(browser).signInAs(account.email(), account.password());
            browser.go("/patients/new");
            driver.findElement(By.id("givenName")).sendKeys("Rosa");
            driver.findElement(By.id("familyName")).sendKeys("Restart");
            driver.findElement(By.id("dateOfBirth")).sendKeys("1988-07-14");
            NewPage.clickAndWait(driver, driver.findElement(By.cssSelector("form.patient-form button[type='submit']")));
            NewPage.clickAndWait(
                    driver, driver.findElement(By.xpath("//button[normalize-space()='Start an assessment']")));
            AssessmentFormPage form = new AssessmentFormPage(browser)
                    .typeInto("subjective.complaint", COMPLAINT)
                    .typeInto("subjective.pain_now", "6")
                    .typeInto("plan.assessment", NOTE.repeat(8));
            String formPath = browser.path();

            driver.manage().deleteCookieNamed("JSESSIONID");
            LoginPage signIn = form.saveAfterSessionEnded();
            assertTrue(
                    signIn.notices().contains("What you typed before the session ended is kept for you, not saved"),
                    signIn.notices());
            browser.screenshot("kept-across-sign-in-1-sign-in");

            signIn.signInAndContinue(account.email(), account.password());
            AssessmentFormPage back = new AssessmentFormPage(browser);
            assertEquals(formPath, browser.path(), "back on the form");
            assertEquals(COMPLAINT, back.value("subjective.complaint"));
            assertEquals("6", back.value("subjective.pain_now"));
            assertEquals(NOTE.repeat(8), back.value("plan.assessment"));
            assertTrue(
                    back.givenBackMessage().contains("Everything you typed is back: check it, then save it."),
                    back.givenBackMessage());
            browser.screenshot("kept-across-sign-in-2-form-given-back");

            AssessmentFormPage saved = back.save();
            assertEquals("Draft saved.", saved.flash());
            assertEquals(COMPLAINT, saved.value("subjective.complaint"));
            assertEquals("", saved.givenBackMessage());
        }
    }
}
