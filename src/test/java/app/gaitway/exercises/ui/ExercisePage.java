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

    /** The still start and end pictures. */
    public List<WebElement> pictures() {
        return driver.findElements(By.cssSelector(".exercise-pictures .motion__still img"));
    }

    /** Waits until both still pictures have loaded; true when each is a shown image with a size. */
    public boolean picturesShown() {
        List<WebElement> pictures = pictures();
        return pictures.size() == 2
                && Pages.allLoaded(driver, pictures)
                && pictures.stream().allMatch(WebElement::isDisplayed);
    }

    /** True when the moving picture has loaded and is shown, and the still pictures are not. */
    public boolean movingPictureShown() {
        List<WebElement> moving = driver.findElements(By.cssSelector(".exercise-pictures .motion__moving img"));
        return moving.size() == 1
                && Pages.allLoaded(driver, moving)
                && moving.get(0).isDisplayed()
                && pictures().stream().noneMatch(WebElement::isDisplayed);
    }

    /** Ticks "Pause movement" with the keyboard, as someone without a mouse would. */
    public ExercisePage pauseMovementWithKeyboard() {
        WebElement pause = driver.findElement(By.cssSelector(".exercise-pictures .motion__pause"));
        new org.openqa.selenium.interactions.Actions(driver)
                .scrollToElement(pause)
                .perform();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].focus();", pause);
        pause.sendKeys(org.openqa.selenium.Keys.SPACE);
        return this;
    }

    public String pauseLabel() {
        return driver.findElement(By.cssSelector(".exercise-pictures .motion__pause-label"))
                .getText()
                .strip();
    }

    public List<String> steps() {
        return driver.findElements(By.cssSelector("ol.exercise-steps > li")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    public String dosage() {
        return driver.findElement(By.cssSelector(".exercise-dosage")).getText().strip();
    }

    public ExerciseFormPage duplicate() {
        Pages.clickAndWaitForNewPage(driver, driver.findElement(By.linkText("Duplicate and edit")));
        return new ExerciseFormPage(browser);
    }
}
