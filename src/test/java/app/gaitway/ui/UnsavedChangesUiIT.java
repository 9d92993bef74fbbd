package app.gaitway.ui;

import app.gaitway.testdata.OwnClinicAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.ui.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A half-typed assessment or program is not lost to a stray click: the page asks the browser to confirm leaving
 * ("Leave site?") while it holds work that is not saved, and does not once the work is saved.
 *
 * <p>ChromeDriver answers the browser's leave question by itself, so the test asks the page the way the browser
 * does: it sends the page a cancelable "beforeunload" event and reads whether the page cancelled it.
 */
@ExtendWith(SharedServer.class)
class UnsavedChangesUiIT {

    @Test
    void leavingUnsavedWorkAsksFirstAndSavedWorkDoesNot(GaitwayServer server) {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, "unsaved-ui");
        try (Browser browser = Browser.open(server.baseUrl())) {
            WebDriver driver = browser.driver();
            LoginPage.open(browser).signInAs(account.email(), account.password());
            browser.go("/patients/new");
            driver.findElement(By.id("givenName")).sendKeys("Una");
            driver.findElement(By.id("familyName")).sendKeys("Saved");
            driver.findElement(By.id("dateOfBirth")).sendKeys("1961-02-03");
            NewPage.clickAndWait(driver, driver.findElement(By.cssSelector("form.patient-form button[type='submit']")));
            String patientPath = browser.path();
            assertTrue(patientPath.matches("/patients/\\d+"), patientPath);

            // the assessment form: clean when opened, dirty once typed in, clean again once saved
            NewPage.clickAndWait(driver, driver.findElement(By.xpath("//button[normalize-space()='Start an assessment']")));
            assertFalse(wouldAskBeforeLeaving(driver), "nothing typed yet");
            driver.findElement(By.id("subjective.pain_now")).sendKeys("4");
            assertTrue(wouldAskBeforeLeaving(driver), "a value typed and not saved");
            NewPage.clickAndWait(driver, driver.findElement(By.cssSelector("button[name='action'][value='save']")));
            assertEquals("4", driver.findElement(By.id("subjective.pain_now")).getAttribute("value"), "saved as a draft");
            assertFalse(wouldAskBeforeLeaving(driver), "the draft is saved");

            // an invalid save shows the typing again, still not saved
            WebElement pain = driver.findElement(By.id("subjective.pain_now"));
            pain.clear();
            pain.sendKeys("11");
            NewPage.clickAndWait(driver, driver.findElement(By.cssSelector("button[name='action'][value='save']")));
            assertEquals("11", driver.findElement(By.id("subjective.pain_now")).getAttribute("value"));
            assertTrue(wouldAskBeforeLeaving(driver), "the refused typing is on the page, not saved");

            // the builder: a step such as adding an exercise is a draft not saved yet, though nothing was typed
            browser.go(patientPath + "/programs/new");
            assertFalse(wouldAskBeforeLeaving(driver), "an empty builder");
            driver.findElement(By.id("q")).sendKeys("clamshell");
            NewPage.clickAndWait(driver, driver.findElement(By.cssSelector("button[value='search']")));
            NewPage.clickAndWait(driver, driver.findElement(By.cssSelector(".search-result button")));
            assertTrue(driver.findElement(By.cssSelector("form.builder")).getText().contains("Clamshell"));
            assertTrue(wouldAskBeforeLeaving(driver), "an exercise added and the program not saved");
        }
    }

    /** Whether the page cancels a "beforeunload" event, which is how a page asks the browser to confirm leaving. */
    private static boolean wouldAskBeforeLeaving(WebDriver driver) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const leaving = new Event('beforeunload', {cancelable: true});
                window.dispatchEvent(leaving);
                return leaving.defaultPrevented;""");
    }
}
