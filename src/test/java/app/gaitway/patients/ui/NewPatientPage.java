package app.gaitway.patients.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.pages.GaitwayPage;
import org.openqa.selenium.support.ui.Select;

/** The form that registers a new patient. */
public class NewPatientPage extends GaitwayPage {

    public NewPatientPage(Browser browser) {
        super(browser, "/patients/new");
    }

    public static NewPatientPage open(Browser browser) {
        browser.go("/patients/new");
        return new NewPatientPage(browser);
    }

    /** Types into a text field of the form: givenName, familyName, dateOfBirth, referralReason, icd10Code, ... */
    public NewPatientPage typeInto(String fieldId, String value) {
        type(fieldId, value);
        return this;
    }

    /** Picks the affected side: LEFT, RIGHT, BOTH. */
    public NewPatientPage affectedSide(String side) {
        new Select(byId("affectedSide")).selectByValue(side);
        return this;
    }

    /** Registers the patient; their page comes back. */
    public PatientRecordPage register() {
        submit("form.patient-form");
        return new PatientRecordPage(browser);
    }
}
