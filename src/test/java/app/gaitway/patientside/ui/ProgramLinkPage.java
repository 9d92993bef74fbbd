package app.gaitway.patientside.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.NewPage;
import app.gaitway.ui.pages.GaitwayPage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The therapist's program page, where the patient's link is made: "Create the link", for how many days. */
public class ProgramLinkPage extends GaitwayPage {

    public ProgramLinkPage(Browser browser) {
        super(browser, "/programs/\\d+");
    }

    public static ProgramLinkPage open(Browser browser, long programId) {
        browser.go("/programs/" + programId);
        return new ProgramLinkPage(browser);
    }

    /** The text of the patient's-link card ("No link yet.", the links with their state). */
    public String linkCard() {
        return driver.findElement(By.id("patient-link")).getText().strip();
    }

    public LinkCreatedPage createLink(String worksFor) {
        new Select(driver.findElement(By.id("link-days"))).selectByVisibleText(worksFor);
        WebElement button =
                driver.findElement(By.cssSelector("#patient-link form[action$='/link'] button[type='submit']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        NewPage.clickAndWait(driver, button);
        return new LinkCreatedPage(browser);
    }

    /** The page that shows the program's link (after creating it, and again at any time). */
    public static class LinkCreatedPage extends GaitwayPage {

        LinkCreatedPage(Browser browser) {
            super(browser, "/programs/\\d+/link");
        }

        /** The full address as shown to copy. */
        public String address() {
            return driver.findElement(By.cssSelector(".link-secret a"))
                    .getText()
                    .strip();
        }

        /** "Works until ...". */
        public String validity() {
            return driver.findElement(By.cssSelector(".link-secret + .field__hint"))
                    .getText()
                    .strip();
        }
    }
}
