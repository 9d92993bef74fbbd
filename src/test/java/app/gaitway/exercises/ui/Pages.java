package app.gaitway.exercises.ui;

import app.gaitway.ui.NewPage;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** Browser helpers the exercise page objects share. */
final class Pages {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Pages() {}

    static void clickAndWaitForNewPage(WebDriver driver, WebElement element) {
        NewPage.clickAndWait(driver, element);
    }

    /** Waits until every image has finished loading; true when each has a size (a broken image has none). */
    static boolean allLoaded(WebDriver driver, List<WebElement> images) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (WebElement image : images) {
            js.executeScript("arguments[0].loading = 'eager'; arguments[0].scrollIntoView({block: 'center'});", image);
            new WebDriverWait(driver, WAIT)
                    .until(d -> Boolean.TRUE.equals(js.executeScript("return arguments[0].complete;", image)));
            Object width = js.executeScript("return arguments[0].naturalWidth;", image);
            if (!(width instanceof Number n) || n.intValue() == 0) {
                return false;
            }
        }
        return true;
    }
}
