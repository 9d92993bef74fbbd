package app.gaitway.ui.pages;

import app.gaitway.ui.Browser;
import app.gaitway.ui.NewPage;
import org.openqa.selenium.By;

/** The installation owner's list of clinics. */
public class ClinicListPage extends GaitwayPage {

    public ClinicListPage(Browser browser) {
        super(browser, "/admin/clinics");
    }

    public static ClinicListPage open(Browser browser) {
        browser.go("/admin/clinics");
        return new ClinicListPage(browser);
    }

    public boolean lists(String clinicName) {
        return driver.findElements(By.cssSelector("main tbody th")).stream()
                .anyMatch(cell -> cell.getText().contains(clinicName));
    }

    public NewClinicPage addClinic() {
        NewPage.clickAndWait(driver, driver.findElement(By.cssSelector("main a[href='/admin/clinics/new']")));
        return new NewClinicPage(browser);
    }
}
