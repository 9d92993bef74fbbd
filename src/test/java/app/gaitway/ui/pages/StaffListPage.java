package app.gaitway.ui.pages;

import app.gaitway.ui.Browser;
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
        driver.findElement(By.cssSelector("main a[href='/admin/users/new']")).click();
        return new NewStaffPage(browser);
    }

    public int rowCount() {
        return driver.findElements(By.cssSelector("main tbody tr")).size();
    }

    public StaffMemberPage openMember(String fullName) {
        driver.findElement(By.linkText(fullName)).click();
        return new StaffMemberPage(browser);
    }
}
