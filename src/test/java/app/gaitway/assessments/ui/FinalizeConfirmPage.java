package app.gaitway.assessments.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.NewPage;
import app.gaitway.ui.pages.GaitwayPage;
import org.openqa.selenium.By;

/** The page before finalizing, which says what will lock; its button signs the assessment. */
public class FinalizeConfirmPage extends GaitwayPage {

    public FinalizeConfirmPage(Browser browser) {
        super(browser, "/assessments/\\d+/finalize");
    }

    /** Finalizes and signs: the signed assessment comes back. */
    public AssessmentRecordPage confirm() {
        NewPage.clickAndWait(driver, driver.findElement(By.cssSelector("form[action$='/finalize'] button")));
        return new AssessmentRecordPage(browser);
    }
}
