package app.gaitway.sharing.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.NewPage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;

/** "Do it now": one exercise at a time, each marked done with one big button, then "All done for today". */
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

    /** The text on the main button: "Done, next exercise" or "Done, finish". */
    public String doneButton() {
        return button().getText().strip();
    }

    /** Marks this exercise done and goes on to the next step (or the end). */
    public DoItNowPage done() {
        WebElement button = button();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        NewPage.clickAndWait(driver, button);
        return new DoItNowPage(browser);
    }

    public boolean hasHoldTimer() {
        List<WebElement> start = driver.findElements(By.cssSelector(".p-timer__start"));
        return !start.isEmpty() && start.get(0).isDisplayed();
    }

    /** Starts the hold timer and waits until it counts (its big number shows). */
    public String startHoldTimer() {
        WebElement start = driver.findElement(By.cssSelector(".p-timer__start"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", start);
        start.click();
        WebElement count = driver.findElement(By.cssSelector(".p-timer__count"));
        new WebDriverWait(driver, WAIT).until(d -> !count.getText().isBlank());
        return count.getText().strip();
    }

    /** "2 of 3 exercises marked done today." at the end. */
    public String summary() {
        return driver.findElements(By.cssSelector("main p")).stream().map(p -> p.getText().strip())
                .filter(t -> t.contains("marked done today")).findFirst().orElse("");
    }

    public PatientProgramPage backToProgram() {
        NewPage.clickAndWait(driver, driver.findElement(By.xpath("//main//a[normalize-space()='Back to your program']")));
        return new PatientProgramPage(browser);
    }

    private WebElement button() {
        return driver.findElement(By.cssSelector(".p-now-buttons form button[type='submit']"));
    }
}
