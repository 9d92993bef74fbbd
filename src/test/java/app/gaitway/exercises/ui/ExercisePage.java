package app.gaitway.exercises.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.pages.GaitwayPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** One exercise: pictures, steps, cues, dosage, and the buttons to duplicate or edit it. */
public class ExercisePage extends GaitwayPage {

    public ExercisePage(Browser browser) {
        super(browser, "/exercises/\\d+");
    }

    public List<WebElement> pictures() {
        return driver.findElements(By.cssSelector(".exercise-pictures .exercise-picture img"));
    }

    /** Waits until both pictures have loaded; true when each is a shown image with a size. */
    public boolean picturesShown() {
        List<WebElement> pictures = pictures();
        return pictures.size() == 2 && Pages.allLoaded(driver, pictures) && pictures.stream().allMatch(WebElement::isDisplayed);
    }

    public List<String> steps() {
        return driver.findElements(By.cssSelector("ol.exercise-steps > li")).stream().map(e -> e.getText().strip()).toList();
    }

    public String dosage() {
        return driver.findElement(By.cssSelector(".exercise-dosage")).getText().strip();
    }

    public ExerciseFormPage duplicate() {
        Pages.clickAndWaitForNewPage(driver, driver.findElement(By.linkText("Duplicate and edit")));
        return new ExerciseFormPage(browser);
    }
}
