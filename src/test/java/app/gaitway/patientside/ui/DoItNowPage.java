package app.gaitway.patientside.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.NewPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * "Do it now": one exercise at a time, each marked done with one big button, after which the same step asks (without
 * insisting) for the pain and how it felt; then "All done for today".
 */
public class DoItNowPage extends PatientPage {

    public DoItNowPage(Browser browser) {
        super(browser, PatientProgramPage.PATH + "/now");
    }

    /** "Exercise 2 of 3", or "" on the page at the end. */
    public String step() {
        List<WebElement> step = driver.findElements(By.cssSelector(".p-step"));
        return step.isEmpty() ? "" : step.get(0).getText().strip();
    }

    /** The exercise of this step (the heading), or the closing words at the end. */
    public String exercise() {
        return heading();
    }

    public boolean isAllDone() {
        return step().isEmpty();
    }

    /** The text on the main button: "Done". */
    public String doneButton() {
        return button().getText().strip();
    }

    /** Marks this exercise done: the same step then asks how it felt. */
    public DoItNowPage done() {
        click(button());
        return new DoItNowPage(browser);
    }

    /** Whether the step asks for pain and how it felt (after Done). */
    public boolean asksHowItFelt() {
        return !driver.findElements(By.cssSelector("form.p-rate")).isEmpty();
    }

    /** Gives the pain (0 to 10) and how it felt, and goes on to the next step. */
    public DoItNowPage rate(int pain, String feltLabel) {
        sendRated(driver.findElement(By.cssSelector("form.p-rate")), pain, feltLabel);
        return new DoItNowPage(browser);
    }

    /** "Next exercise" after Done, without saying how it felt. */
    public DoItNowPage next() {
        click(driver.findElement(
                By.xpath("//main//a[normalize-space()='Next exercise' or normalize-space()='Finish']")));
        return new DoItNowPage(browser);
    }

    /** "Skip to next" before Done. */
    public DoItNowPage skip() {
        click(driver.findElement(By.xpath("//main//a[normalize-space()='Skip to next']")));
        return new DoItNowPage(browser);
    }

    public boolean hasHoldTimer() {
        List<WebElement> start = driver.findElements(By.cssSelector(".p-timer__start"));
        return !start.isEmpty() && start.get(0).isDisplayed();
    }

    /** Starts the hold timer and waits until it counts (its big number shows). */
    public String startHoldTimer() {
        WebElement start = driver.findElement(By.cssSelector(".p-timer__start"));
        scrollTo(start);
        start.click();
        WebElement count = driver.findElement(By.cssSelector(".p-timer__count"));
        new WebDriverWait(driver, WAIT).until(d -> count.getText().strip().matches("[0-9]+"));
        return count.getText().strip();
    }

    /** "Set 2 of 3 · left side": which hold the timer is at. */
    public String timerWhere() {
        return driver.findElement(By.cssSelector(".p-timer__where")).getText().strip();
    }

    public void waitForTimerWhere(String where, Duration atMost) {
        new WebDriverWait(driver, atMost).until(d -> timerWhere().equals(where));
    }

    /** The big number (or a tick when a hold is over). */
    public String timerCount() {
        return driver.findElement(By.cssSelector(".p-timer__count")).getText().strip();
    }

    /** Pauses the timer, or lets it go on when paused. */
    public void pauseHoldTimer() {
        driver.findElement(By.cssSelector(".p-timer__pause")).click();
    }

    /** "Pause", or "Go on" when paused. */
    public String pauseButton() {
        return driver.findElement(By.cssSelector(".p-timer__pause")).getText().strip();
    }

    public void resetHoldTimer() {
        driver.findElement(By.cssSelector(".p-timer__reset")).click();
    }

    /** "2 of 3 exercises marked done today." at the end. */
    public String summary() {
        return driver.findElements(By.cssSelector("main p")).stream()
                .map(p -> p.getText().strip())
                .filter(t -> t.contains("marked done today"))
                .findFirst()
                .orElse("");
    }

    public PatientProgramPage backToProgram() {
        NewPage.clickAndWait(
                driver, driver.findElement(By.xpath("//main//a[normalize-space()='Back to your program']")));
        return new PatientProgramPage(browser);
    }

    private WebElement button() {
        return driver.findElement(By.cssSelector(".p-now-buttons form button[type='submit']"));
    }
}
