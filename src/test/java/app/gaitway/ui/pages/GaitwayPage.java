package app.gaitway.ui.pages;

import app.gaitway.ui.Browser;
import app.gaitway.ui.NewPage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** What every Gaitway page has: a heading, the flash message, and the header of a signed-in user. */
public abstract class GaitwayPage {

    private static final Duration WAIT = Duration.ofSeconds(15);

    protected final Browser browser;
    protected final WebDriver driver;

    protected GaitwayPage(Browser browser, String expectedPath) {
        this.browser = browser;
        this.driver = browser.driver();
        new WebDriverWait(driver, WAIT).until(d -> browser.path().matches(expectedPath));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText().strip();
    }

    /** The one-time message shown after a redirect, or "" when there is none. */
    public String flash() {
        List<WebElement> flash = driver.findElements(By.cssSelector(".flash"));
        return flash.isEmpty() ? "" : flash.get(0).getText().strip();
    }

    public Browser browser() {
        return browser;
    }

    /** Opens the account menu in the header and presses "Log out". */
    public LoginPage logOut() {
        driver.findElement(By.cssSelector("details.user-menu > summary")).click();
        WebElement button = new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("details.user-menu form[action$='/logout'] button")));
        NewPage.clickAndWait(driver, button);
        return new LoginPage(browser);
    }

    public StaffListPage openStaffFromNavigation() {
        NewPage.clickAndWait(driver, driver.findElement(By.cssSelector(".main-nav a[href='/admin/users']")));
        return new StaffListPage(browser);
    }

    protected void type(String fieldId, String value) {
        WebElement input = driver.findElement(By.id(fieldId));
        input.clear();
        input.sendKeys(value);
    }

    /** Submits the form and waits for the page that answers it (which may have the same path). */
    protected void submit(String formSelector) {
        NewPage.clickAndWait(driver, driver.findElement(By.cssSelector(formSelector + " button[type='submit']")));
    }

    /**
     * Whether the page cancels a "beforeunload" event, which is how a page asks the browser to confirm leaving.
     * ChromeDriver answers the browser's leave question by itself, so this asks the page the way the browser does.
     */
    public boolean wouldAskBeforeLeaving() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const leaving = new Event('beforeunload', {cancelable: true});
                window.dispatchEvent(leaving);
                return leaving.defaultPrevented;""");
    }

    /** An element by its id, which may hold dots ({@code subjective.pain_now}). */
    protected WebElement byId(String id) {
        return driver.findElement(By.cssSelector("[id='" + id + "']"));
    }

    /** Scrolls the element to the middle of the window, clear of the sticky header, as a person would. */
    protected WebElement inView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    /** The text of each element the selector finds, trimmed. */
    protected List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getText().strip())
                .toList();
    }
}
