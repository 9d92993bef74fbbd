package app.gaitway.sharing.ui;

import app.gaitway.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** What every page behind a patient's link has: the patients' layout, a heading, and the text size chosen. */
public abstract class PatientPage {

    protected static final Duration WAIT = Duration.ofSeconds(20);

    protected final Browser browser;
    protected final WebDriver driver;

    protected PatientPage(Browser browser, String expectedPath) {
        this.browser = browser;
        this.driver = browser.driver();
        // the program page is often shown at an exercise (/p/...#item-2)
        new WebDriverWait(driver, WAIT).until(d -> browser.path().replaceFirst("#.*$", "").matches(expectedPath));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText().strip();
    }

    /** Whether the page is in large print (the body's class). */
    public boolean isLargePrint() {
        return (" " + driver.findElement(By.tagName("body")).getAttribute("class") + " ").contains(" large-print ");
    }

    /** The font size of the body in CSS pixels, as the browser computed it. */
    public double bodyFontSize() {
        String size = driver.findElement(By.tagName("body")).getCssValue("font-size");
        return Double.parseDouble(size.replace("px", ""));
    }

    /** The clinic's phone button in the header ("Call us: 555 0142"). */
    public String callButton() {
        return driver.findElement(By.cssSelector(".p-header .p-call")).getText().strip();
    }

    /** For failure messages: where the browser is and what the page says. */
    @Override
    public String toString() {
        return driver.getCurrentUrl() + "\n" + driver.findElement(By.tagName("body")).getText();
    }

    public Browser browser() {
        return browser;
    }
}
