package app.gaitway.programs.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.pages.GaitwayPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

/** A program's page: the version shown, its exercises in the patient's words, and the history of versions. */
public class ProgramPage extends GaitwayPage {

    public ProgramPage(Browser browser) {
        super(browser, "/programs/[0-9]+(/versions/[0-9]+)?(#.*)?");
    }

    /** One version in the history: its link text ("Version 2"), who saved it when, and what changed. */
    public record Version(String name, String saved, String summary) {}

    /** The versions, newest first. */
    public List<Version> history() {
        List<Version> versions = new ArrayList<>();
        for (WebElement li : driver.findElements(By.cssSelector("ol.version-history > li"))) {
            List<WebElement> paragraphs = li.findElements(By.tagName("p"));
            versions.add(new Version(
                    li.findElement(By.tagName("a")).getText().strip(),
                    li.findElement(By.cssSelector(".version-history__head span"))
                            .getText()
                            .strip(),
                    paragraphs.get(paragraphs.size() - 1).getText().strip()));
        }
        return versions;
    }

    /** The exercises, by name. */
    public List<String> exercises() {
        return BrowserSteps.texts(driver, "ol.program-items h3");
    }

    /** How much of the exercise at this place (0 first) to do, as the patient reads it. */
    public String amount(int item) {
        return driver.findElements(By.cssSelector("ol.program-items .program-item__amount"))
                .get(item)
                .getText()
                .strip();
    }

    /** "Change the program": the builder for the next version. */
    public ProgramBuilderPage change() {
        BrowserSteps.clickAndWait(driver, driver.findElement(By.cssSelector("main a[href$='/edit']")));
        return new ProgramBuilderPage(browser);
    }
}
