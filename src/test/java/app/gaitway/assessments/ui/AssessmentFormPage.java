package app.gaitway.assessments.ui;

import app.gaitway.patients.ui.PatientRecordPage;
import app.gaitway.ui.Browser;
import app.gaitway.ui.NewPage;
import app.gaitway.ui.pages.GaitwayPage;
import app.gaitway.ui.pages.LoginPage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The draft assessment form: typing into fields, ticking, choosing, reading them back, the messages beside the
 * fields, saving and finalizing.
 */
public class AssessmentFormPage extends GaitwayPage {

    private static final Duration WAIT = Duration.ofSeconds(20);

    public AssessmentFormPage(Browser browser) {
        super(browser, "/assessments/\\d+");
        new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.assessment-form")));
    }

    /** Presses "Start an assessment" on the patient's page: a new draft. */
    public static AssessmentFormPage startFrom(PatientRecordPage patient) {
        WebElement start = patient.browser()
                .driver()
                .findElement(By.xpath(
                        "//form[contains(@action, '/assessments')]//button[normalize-space()='Start an assessment']"));
        NewPage.clickAndWait(patient.browser().driver(), start);
        return new AssessmentFormPage(patient.browser());
    }

    /** The page's path, /assessments/{id}. */
    public String path() {
        return browser.path();
    }

    public AssessmentFormPage typeInto(String fieldId, String value) {
        WebElement field = inView(byId(fieldId));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Sets the visit date as the date picker would (its typing order depends on the browser's locale). */
    public AssessmentFormPage visitDate(LocalDate date) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        byId("visitDate"),
                        date.toString());
        return this;
    }

    public AssessmentFormPage tick(String checkboxId) {
        WebElement box = byId(checkboxId);
        if (!box.isSelected()) {
            inView(box).click();
        }
        return this;
    }

    public boolean isTicked(String checkboxId) {
        return byId(checkboxId).isSelected();
    }

    /** Picks an option of a select by its value. */
    public AssessmentFormPage choose(String selectId, String value) {
        new Select(byId(selectId)).selectByValue(value);
        return this;
    }

    /** The value of the option a select shows. */
    public String chosen(String selectId) {
        return new Select(byId(selectId)).getFirstSelectedOption().getAttribute("value");
    }

    public String value(String fieldId) {
        return byId(fieldId).getDomProperty("value");
    }

    /** The summary of the problems at the top of the form, or "" when there are none. */
    public String errorSummary() {
        List<WebElement> summary = driver.findElements(By.cssSelector(".error-summary"));
        return summary.isEmpty() ? "" : summary.get(0).getText();
    }

    /** The message beside a field, without its "Error:" prefix for screen readers. */
    public String errorBeside(String fieldId) {
        return byId(fieldId + "-error")
                .getText()
                .replaceFirst("^Error:\\s*", "")
                .strip();
    }

    public boolean isErrorShownBeside(String fieldId) {
        return byId(fieldId + "-error").isDisplayed();
    }

    /** The LEFS total as the form shows it ("40/80 ..."). */
    public String lefsTotal() {
        return driver.findElement(By.cssSelector(".lefs-total")).getText();
    }

    /** Presses "Save draft" with a signed-in session: the form again, saved or with its problems. */
    public AssessmentFormPage save() {
        press("save");
        return new AssessmentFormPage(browser);
    }

    /** Presses "Save draft" after the session ended: the sign-in page. */
    public LoginPage saveAfterSessionEnded() {
        press("save");
        return new LoginPage(browser);
    }

    /** Presses "Finalize": the page that says what will lock. */
    public FinalizeConfirmPage finalizeDraft() {
        press("finalize");
        return new FinalizeConfirmPage(browser);
    }

    /** The message that the typing was given back after sign-in, or "". */
    public String givenBackMessage() {
        List<WebElement> message = driver.findElements(By.cssSelector(".flash--attention"));
        return message.isEmpty() ? "" : message.get(0).getText().strip();
    }

    private void press(String action) {
        NewPage.clickAndWait(
                driver,
                inView(driver.findElement(
                        By.cssSelector("form.assessment-form button[name='action'][value='" + action + "']"))));
    }
}
