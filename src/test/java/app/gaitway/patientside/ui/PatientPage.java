package app.gaitway.patientside.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.NewPage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
        new WebDriverWait(driver, WAIT)
                .until(d -> browser.path().replaceFirst("#.*$", "").matches(expectedPath));
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
        return driver.getCurrentUrl() + "\n"
                + driver.findElement(By.tagName("body")).getText();
    }

    public Browser browser() {
        return browser;
    }

    /** Chooses the pain (0 to 10) and how it felt in a logging form, and sends it. */
    protected void sendRated(WebElement form, int pain, String feltLabel) {
        new Select(form.findElement(By.cssSelector("select[name='pain']"))).selectByValue(String.valueOf(pain));
        WebElement felt = form.findElement(By.xpath(".//label[normalize-space()='" + feltLabel + "']"));
        scrollTo(felt);
        felt.click();
        click(form.findElement(By.cssSelector("button[type='submit']")));
    }

    /** Clicks what leads to another page, and waits for it. */
    protected void click(WebElement element) {
        scrollTo(element);
        NewPage.clickAndWait(driver, element);
    }

    protected void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
