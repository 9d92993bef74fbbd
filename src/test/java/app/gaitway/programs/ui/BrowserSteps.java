package app.gaitway.programs.ui;

import app.gaitway.ui.NewPage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** What the program page objects do the same way: bring an element into view, then act on it. */
final class BrowserSteps {

    private BrowserSteps() {}

    /** Scrolls the element to the middle of the window (clear of the header) and clicks it, waiting for the next page. */
    static void clickAndWait(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        NewPage.clickAndWait(driver, element);
    }

    /** Replaces the text of the input with this id, as a person selects it and types. */
    static void type(WebDriver driver, String id, String value) {
        WebElement input = byId(driver, id);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.clear();
        input.sendKeys(value);
    }

    /** An element by its id, which may hold dots ({@code items.0.sets}). */
    static WebElement byId(WebDriver driver, String id) {
        return driver.findElement(By.cssSelector("[id='" + id + "']"));
    }

    static List<String> texts(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getText().strip())
                .toList();
    }
}
