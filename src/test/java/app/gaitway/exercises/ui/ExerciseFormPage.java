package app.gaitway.exercises.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.pages.GaitwayPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The form of a clinic's own exercise (new, copy, or edit), with its pose preview. */
public class ExerciseFormPage extends GaitwayPage {

    public ExerciseFormPage(Browser browser) {
        super(browser, "/exercises/custom/(new|\\d+/edit)");
    }

    public String valueOf(String fieldId) {
        return driver.findElement(By.id(fieldId)).getAttribute("value");
    }

    public ExerciseFormPage typeName(String name) {
        type("name", name);
        return this;
    }

    /** Types a joint angle into the angle table, e.g. "angle.end.left.hipAbduction". */
    public ExerciseFormPage typeAngle(String fieldId, String degrees) {
        type(fieldId, degrees);
        return this;
    }

    /** The src of the preview picture of a stage ("start" or "end"). */
    public String previewSource(String stage) {
        return preview(stage).getAttribute("src");
    }

    public boolean previewShown(String stage) {
        return Pages.allLoaded(driver, java.util.List.of(preview(stage)))
                && preview(stage).isDisplayed();
    }

    private WebElement preview(String stage) {
        return driver.findElement(By.cssSelector("img[data-preview='" + stage + "']"));
    }

    /** Presses "Update preview": the form comes back with the pose drawn from the typed angles, nothing saved. */
    public ExerciseFormPage updatePreview() {
        Pages.clickAndWaitForNewPage(
                driver, driver.findElement(By.cssSelector("button[name='action'][value='preview']")));
        return new ExerciseFormPage(browser);
    }

    /** Presses "Save exercise"; the saved exercise's page follows. */
    public ExercisePage save() {
        Pages.clickAndWaitForNewPage(driver, driver.findElement(By.cssSelector("button[name='action'][value='save']")));
        return new ExercisePage(browser);
    }

    /** The problem summary at the top, or "" when the form was accepted. */
    public String problems() {
        return driver.findElements(By.cssSelector(".error-summary")).stream()
                .map(e -> e.getText().strip())
                .findFirst()
                .orElse("");
    }
}
