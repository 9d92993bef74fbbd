package app.gaitway.exercises.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** Browser helpers the exercise page objects share. */
final class Pages {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Pages() {
    }

    /** Clicks (a link or a submit button) and waits until the next page has replaced this one. */
    static void clickAndWaitForNewPage(WebDriver driver, WebElement element) {
        String token = mark(driver);
        element.click();
        waitForNewPage(driver, token);
    }

    /**
     * Marks the current document, so a wait can tell when another has replaced it. Not staleness of an element:
     * Chromium sometimes answers a check on a node of the replaced page with "does not belong to the document"
     * instead of the stale-element error the wait expects, failing a test that did nothing wrong.
     */
    static String mark(WebDriver driver) {
        String token = java.util.UUID.randomUUID().toString();
        ((JavascriptExecutor) driver).executeScript("window.__gaitwayPage = arguments[0];", token);
        return token;
    }

    static void waitForNewPage(WebDriver driver, String token) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !token.equals(js.executeScript("return window.__gaitwayPage;"))
                        && "complete".equals(js.executeScript("return document.readyState;")));
    }

    /** Waits until every image has finished loading; true when each has a size (a broken image has none). */
    static boolean allLoaded(WebDriver driver, List<WebElement> images) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (WebElement image : images) {
            js.executeScript("arguments[0].loading = 'eager'; arguments[0].scrollIntoView({block: 'center'});", image);
            new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js.executeScript("return arguments[0].complete;", image)));
            Object width = js.executeScript("return arguments[0].naturalWidth;", image);
            if (!(width instanceof Number n) || n.intValue() == 0) {
                return false;
            }
        }
        return true;
    }
}
