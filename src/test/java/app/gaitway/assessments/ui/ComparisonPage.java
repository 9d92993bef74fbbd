package app.gaitway.assessments.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.pages.GaitwayPage;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** A patient's visits side by side: the trend charts (images) and the table of values with their change. */
public class ComparisonPage extends GaitwayPage {

    /** A chart as the browser shows it: its image source, whether it is visible, its text alternative and size. */
    public record Chart(String src, boolean displayed, String alt, Dimension size) {}

    public ComparisonPage(Browser browser) {
        super(browser, "/patients/\\d+/assessments/comparison");
    }

    /** The charts, once the browser has loaded every one of them. */
    public List<Chart> charts() {
        List<WebElement> images = driver.findElements(By.cssSelector("section.charts figure img"));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> images.stream().allMatch(this::loaded));
        return images.stream()
                .map(img ->
                        new Chart(img.getAttribute("src"), img.isDisplayed(), img.getAttribute("alt"), img.getSize()))
                .toList();
    }

    public String table() {
        return driver.findElement(By.cssSelector("table.comparison-table")).getText();
    }

    private boolean loaded(WebElement img) {
        Object ok = ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img);
        return Boolean.TRUE.equals(ok);
    }
}
