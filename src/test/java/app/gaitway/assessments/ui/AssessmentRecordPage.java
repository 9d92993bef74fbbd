package app.gaitway.assessments.ui;

import app.gaitway.patients.ui.PatientRecordPage;
import app.gaitway.ui.Browser;
import app.gaitway.ui.NewPage;
import app.gaitway.ui.pages.GaitwayPage;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** A finalized, signed assessment: its signature line, findings and addenda; a new addendum; where to go next. */
public class AssessmentRecordPage extends GaitwayPage {

    public AssessmentRecordPage(Browser browser) {
        super(browser, "/assessments/\\d+(#.*)?"); // a new addendum comes back at #addenda
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.signed")));
    }

    public static AssessmentRecordPage open(Browser browser, String path) {
        browser.go(path);
        return new AssessmentRecordPage(browser);
    }

    /** "Finalized and signed by … on …". */
    public String signedLine() {
        return driver.findElement(By.cssSelector(".notice.signed")).getText();
    }

    /** The findings, most important first. */
    public List<String> findings() {
        return texts(".findings li");
    }

    public List<String> addenda() {
        return texts("ol.addenda li");
    }

    public AssessmentRecordPage addAddendum(String text) {
        type("addendum", text);
        NewPage.clickAndWait(
                driver, driver.findElement(By.cssSelector("form[action$='/addenda'] button[type='submit']")));
        return new AssessmentRecordPage(browser);
    }

    /** The back link to the patient's page. */
    public PatientRecordPage backToPatient() {
        NewPage.clickAndWait(driver, driver.findElement(By.cssSelector(".back-link a")));
        return new PatientRecordPage(browser);
    }

    public ComparisonPage compareVisits() {
        NewPage.clickAndWait(driver, driver.findElement(By.linkText("Compare visits")));
        return new ComparisonPage(browser);
    }

    public ReportPage printableReport() {
        NewPage.clickAndWait(driver, driver.findElement(By.linkText("Printable report")));
        return new ReportPage(browser);
    }
}
