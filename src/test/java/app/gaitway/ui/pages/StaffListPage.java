package app.gaitway.ui.pages;

import app.gaitway.ui.Browser;
import app.gaitway.ui.NewPage;
import org.openqa.selenium.By;

/** The staff list of the administrator's clinic. */
public class StaffListPage extends GaitwayPage {

    public StaffListPage(Browser browser) {
        super(browser, "/admin/users");
    }

    public static StaffListPage open(Browser browser) {
        browser.go("/admin/users");
        return new StaffListPage(browser);
    }

    public NewStaffPage addStaffMember() {
        NewPage.clickAndWait(driver, driver.findElement(By.cssSelector("main a[href='/admin/users/new']")));
        return new NewStaffPage(browser);
    }

    public int rowCount() {
        return driver.findElements(By.cssSelector("main tbody tr")).size();
    }

    public StaffMemberPage openMember(String fullName) {
        NewPage.clickAndWait(driver, driver.findElement(By.linkText(fullName)));
        return new StaffMemberPage(browser);
    }
}
