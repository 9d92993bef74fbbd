package app.gaitway.patients.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.pages.GaitwayPage;

/** A patient's page, with the patient's name as its heading; the features add their sections to it. */
public class PatientRecordPage extends GaitwayPage {

    public PatientRecordPage(Browser browser) {
        super(browser, "/patients/\\d+");
    }

    /** The page's path, /patients/{id}. */
    public String path() {
        return browser.path();
    }
}
