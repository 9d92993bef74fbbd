package app.gaitway.exercises.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.pages.GaitwayPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** The exercise library: search box, filters, the grid of cards. */
public class ExerciseLibraryPage extends GaitwayPage {

    public ExerciseLibraryPage(Browser browser) {
        super(browser, "/exercises");
    }

    public static ExerciseLibraryPage open(Browser browser) {
        browser.go("/exercises");
        return new ExerciseLibraryPage(browser);
    }

    /** The result count as shown ("45 exercises"). */
    public String count() {
        return driver.findElement(By.cssSelector(".library-count")).getText().strip();
    }

    public List<String> cardNames() {
        return driver.findElements(By.cssSelector(".exercise-card .exercise-card__name")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    /** The category badge of each card. */
    public List<String> cardCategories() {
        return driver
                .findElements(By.cssSelector(".exercise-card .exercise-card__meta .badge:not(.badge--ok)"))
                .stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    /** Cards with the "Our clinic" badge. */
    public List<String> ourCardNames() {
        return driver.findElements(By.cssSelector(".exercise-card")).stream()
                .filter(card -> !card.findElements(By.cssSelector(".badge--ok")).isEmpty())
                .map(card -> card.findElement(By.cssSelector(".exercise-card__name"))
                        .getText()
                        .strip())
                .toList();
    }

    public String searchText() {
        return driver.findElement(By.id("q")).getAttribute("value");
    }

    /** Types into the search box and presses "Search". */
    public ExerciseLibraryPage search(String text) {
        type("q", text);
        Pages.clickAndWaitForNewPage(
                driver, driver.findElement(By.cssSelector(".library-search__row button[type='submit']")));
        return new ExerciseLibraryPage(browser);
    }

    /** Chooses a category by its label and presses "Apply filters". */
    public ExerciseLibraryPage filterByCategory(String label) {
        new Select(driver.findElement(By.id("category"))).selectByVisibleText(label);
        return applyFilters();
    }

    /** Ticks "Only our clinic's exercises" and presses "Apply filters". */
    public ExerciseLibraryPage onlyOurClinics() {
        WebElement own = driver.findElement(By.id("own"));
        if (!own.isSelected()) {
            driver.findElement(By.cssSelector("label[for='own']")).click();
        }
        return applyFilters();
    }

    public boolean onlyOurClinicsTicked() {
        return driver.findElement(By.id("own")).isSelected();
    }

    /** Clears the search box and every filter, with the page's own link. */
    public ExerciseLibraryPage clearSearchAndFilters() {
        Pages.clickAndWaitForNewPage(driver, driver.findElement(By.linkText("Clear search and filters")));
        return new ExerciseLibraryPage(browser);
    }

    private ExerciseLibraryPage applyFilters() {
        Pages.clickAndWaitForNewPage(
                driver, driver.findElement(By.xpath("//button[normalize-space()='Apply filters']")));
        return new ExerciseLibraryPage(browser);
    }

    /** Opens the card with this name. */
    public ExercisePage openExercise(String name) {
        WebElement link = driver.findElements(By.cssSelector(".exercise-card__link")).stream()
                .filter(a -> a.findElement(By.cssSelector(".exercise-card__name"))
                        .getText()
                        .strip()
                        .equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card " + name + " in " + cardNames()));
        Pages.clickAndWaitForNewPage(driver, link);
        return new ExercisePage(browser);
    }

    /** Whether every picture of the cards on the page has loaded as an image. */
    public boolean cardPicturesLoaded() {
        return Pages.allLoaded(driver, driver.findElements(By.cssSelector(".exercise-card__pictures img")));
    }
}
