package app.gaitway.ui;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

/**
 * Waiting for the next document after a click. The current document is marked and the wait looks for one without
 * the mark, never for a stale element: Chromium sometimes answers a check on a node of the replaced page with
 * "does not belong to the document", and reading text while the page changes races the navigation. Both failed
 * tests that did nothing wrong.
 */
public final class NewPage {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private NewPage() {}

    /** Clicks a link or a submit button and waits until the next document has replaced this one. */
    public static void clickAndWait(WebDriver driver, WebElement element) {
        String token = mark(driver);
        element.click();
        waitFor(driver, token);
    }

    /** Marks the current document; {@link #waitFor} then waits for a document without this mark. */
    public static String mark(WebDriver driver) {
        String token = UUID.randomUUID().toString();
        ((JavascriptExecutor) driver).executeScript("window.__gaitwayPage = arguments[0];", token);
        return token;
    }

    public static void waitFor(WebDriver driver, String token) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        new WebDriverWait(driver, WAIT)
                .ignoring(WebDriverException.class)
                .until(d -> !token.equals(js.executeScript("return window.__gaitwayPage;"))
                        && "complete".equals(js.executeScript("return document.readyState;")));
    }
}
