package app.gaitway.assessments.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.NewPage;
import app.gaitway.ui.pages.GaitwayPage;
import app.gaitway.ui.pages.LoginPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The draft assessment form: typing into fields, reading them back, saving. */
public class AssessmentFormPage extends GaitwayPage {

    public AssessmentFormPage(Browser browser) {
        super(browser, "/assessments/\\d+");
    }

    public AssessmentFormPage typeInto(String fieldId, String value) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    public String value(String fieldId) {
        return driver.findElement(By.id(fieldId)).getDomProperty("value");
    }

    /** Presses "Save draft" with a signed-in session: the form again, saved. */
    public AssessmentFormPage save() {
        pressSave();
        return new AssessmentFormPage(browser);
    }

    /** Presses "Save draft" after the session ended: the sign-in page. */
    public LoginPage saveAfterSessionEnded() {
        pressSave();
        return new LoginPage(browser);
    }

    /** The message that the typing was given back after sign-in, or "". */
    public String givenBackMessage() {
        List<WebElement> message = driver.findElements(By.cssSelector(".flash--attention"));
        return message.isEmpty() ? "" : message.get(0).getText().strip();
    }

    private void pressSave() {
        NewPage.clickAndWait(driver, driver.findElement(By.cssSelector("button[name='action'][value='save']")));
    }
}
