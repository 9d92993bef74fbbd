package app.gaitway.programs.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.pages.GaitwayPage;
import org.openqa.selenium.By;

import java.util.List;

/** A patient's page, as far as home programs go: the "Home programs" section and its "New program" button. */
public class PatientPage extends GaitwayPage {

    public PatientPage(Browser browser) {
        super(browser, "/patients/[0-9]+");
    }

    public static PatientPage open(Browser browser, long patientId) {
        browser.go("/patients/" + patientId);
        return new PatientPage(browser);
    }

    /** The programs listed, one line each (title, status, exercises and version). */
    public List<String> programs() {
        return BrowserSteps.texts(driver, "#programs li.program-list__entry");
    }

    public ProgramBuilderPage newProgram() {
        BrowserSteps.clickAndWait(driver, driver.findElement(By.cssSelector("#programs a[href$='/programs/new']")));
        return new ProgramBuilderPage(browser);
    }
}
