package app.gaitway.ui.pages;

import app.gaitway.ui.Browser;

/** The form to create a clinic with its first administrator. */
public class NewClinicPage extends GaitwayPage {

    public NewClinicPage(Browser browser) {
        super(browser, "/admin/clinics/new");
    }

    public ClinicListPage create(String clinicName, String adminName, String adminEmail, String password) {
        type("clinicName", clinicName);
        type("fullName", adminName);
        type("email", adminEmail);
        type("password", password);
        submit("form[action='/admin/clinics/new']");
        return new ClinicListPage(browser);
    }
}
