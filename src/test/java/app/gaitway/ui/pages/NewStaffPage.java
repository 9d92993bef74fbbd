package app.gaitway.ui.pages;

import app.gaitway.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** The form to add a staff member with a temporary password. */
public class NewStaffPage extends GaitwayPage {

    private static final String FORM = "form[action='/admin/users/new']";

    public NewStaffPage(Browser browser) {
        super(browser, "/admin/users/new");
    }

    public NewStaffPage fillIn(String fullName, String email, String roleValue, String temporaryPassword) {
        type("fullName", fullName);
        type("email", email);
        new Select(driver.findElement(By.id("role"))).selectByValue(roleValue);
        type("temporaryPassword", temporaryPassword);
        return this;
    }

    public StaffMemberPage add() {
        submit(FORM);
        return new StaffMemberPage(browser);
    }

    /** Submits a form the server will refuse; the same page comes back with the errors. */
    public NewStaffPage addExpectingProblems() {
        submit(FORM);
        return new NewStaffPage(browser);
    }

    /** The error shown beside a field, or "". */
    public String errorBeside(String fieldId) {
        List<WebElement> error = driver.findElements(By.id(fieldId + "-error"));
        return error.isEmpty() ? "" : error.get(0).getText().strip();
    }

    public String valueOf(String fieldId) {
        return driver.findElement(By.id(fieldId)).getAttribute("value");
    }
}
