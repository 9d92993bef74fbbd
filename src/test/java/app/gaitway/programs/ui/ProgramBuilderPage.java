package app.gaitway.programs.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.pages.GaitwayPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * The program builder, for a new program or a program's next version: suggestions to accept, the library to search,
 * each exercise's dosage, the program details, and the save button. Every button sends the whole builder and a new
 * page comes back.
 */
public class ProgramBuilderPage extends GaitwayPage {

    public ProgramBuilderPage(Browser browser) {
        super(browser, "(/patients/[0-9]+/programs/new|/programs/[0-9]+/edit)(#.*)?");
    }

    /** The builder of a new program for the patient at this path (/patients/{id}). */
    public static ProgramBuilderPage openNew(Browser browser, String patientPath) {
        browser.go(patientPath + "/programs/new");
        return new ProgramBuilderPage(browser);
    }

    /** The exercises in the builder, in order, by name. */
    public List<String> exercises() {
        return BrowserSteps.texts(driver, "li.builder-item legend").stream()
                .map(s -> s.replaceFirst("^\\d+\\.\\s*", ""))
                .toList();
    }

    /** The findings the suggestion groups answer ("Hip abduction: right 3+/5, left 5/5", ...). */
    public List<String> suggestionReasons() {
        return BrowserSteps.texts(driver, "#suggestions .suggestion-group__reasons li");
    }

    /** The exercises suggested and not yet in the program, by the names of their buttons ("Add Clamshell"). */
    public List<String> suggestionButtons() {
        return driver.findElements(By.cssSelector("#suggestions .suggested-exercise button[name='action']")).stream()
                .map(b -> b.getAttribute("aria-label"))
                .toList();
    }

    /** The suggested exercises already in the program ("Clamshell: in the program"). */
    public List<String> suggestionsTaken() {
        return BrowserSteps.texts(driver, "#suggestions .badge--ok");
    }

    /** Presses "Add …" of a suggested exercise: one click, and it is in the program. */
    public ProgramBuilderPage acceptSuggestion(String exerciseName) {
        return press(driver.findElement(
                By.xpath("//section[@id='suggestions']//button[@aria-label='Add " + exerciseName + "']")));
    }

    /** Types a name into the library search and presses Search. */
    public ProgramBuilderPage search(String text) {
        BrowserSteps.type(driver, "q", text);
        return press(driver.findElement(By.cssSelector("#search button[value='search']")));
    }

    /** The names the library search found. */
    public List<String> searchResults() {
        return BrowserSteps.texts(driver, "#search .search-result__name > span:first-child");
    }

    /** Presses "Add" beside a search result. */
    public ProgramBuilderPage addFromSearch(String exerciseName) {
        return press(driver.findElement(By.cssSelector("#search button[aria-label='Add " + exerciseName + "']")));
    }

    /** Types one dosage field of an exercise (0 is the first): sets, reps, hold, note, ... */
    public ProgramBuilderPage setDosage(int item, String field, String value) {
        BrowserSteps.type(driver, "items." + item + "." + field, value);
        return this;
    }

    public String dosage(int item, String field) {
        return BrowserSteps.byId(driver, "items." + item + "." + field).getAttribute("value");
    }

    /** The one-line dosage the builder shows for an exercise ("3 × 8–12 each side"). */
    public String dosageInWords(int item) {
        return driver.findElement(By.cssSelector("[id='item-" + item + "'] .builder-item__summary p"))
                .getText()
                .strip();
    }

    public ProgramBuilderPage typePhone(String phone) {
        BrowserSteps.type(driver, "clinicPhone", phone);
        return this;
    }

    /** The notice after a button ("Clamshell added as exercise 2."), or "". */
    public String notice() {
        List<WebElement> notice = driver.findElements(By.cssSelector("main p.notice[role='status']"));
        return notice.isEmpty() ? "" : notice.get(0).getText().strip();
    }

    /** Saves; the program's page comes back. */
    public ProgramPage save() {
        BrowserSteps.clickAndWait(
                driver, driver.findElement(By.cssSelector("form.builder button[name='action'][value='save']")));
        return new ProgramPage(browser);
    }

    private ProgramBuilderPage press(WebElement button) {
        BrowserSteps.clickAndWait(driver, button);
        return new ProgramBuilderPage(browser);
    }
}
