package app.gaitway.ui.pages;

import app.gaitway.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** One staff member's page: details, name and role, access, temporary password. */
public class StaffMemberPage extends GaitwayPage {

    private static final String EDIT_FORM = "form:has(input[name='version'])";

    public StaffMemberPage(Browser browser) {
        super(browser, "/admin/users/[0-9]+");
    }

    public String status() {
        return driver.findElement(By.cssSelector(".page-head .badge")).getText().strip();
    }

    public String email() {
        return driver.findElement(By.cssSelector(".facts dd")).getText().strip();
    }

    /** Types a new name and saves; the same page comes back (with a flash, or with a problem). */
    public StaffMemberPage rename(String fullName) {
        type("fullName", fullName);
        submit(EDIT_FORM);
        return new StaffMemberPage(browser);
    }

    /** The text at the top of a form that failed, or "". */
    public String problem() {
        List<WebElement> summary = driver.findElements(By.cssSelector(".error-summary"));
        return summary.isEmpty() ? "" : summary.get(0).getText().strip();
    }

    /** The saved values shown beside the fields after a conflict. */
    public List<String> savedValuesShown() {
        return driver.findElements(By.cssSelector(".field__current")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    public String typedName() {
        return driver.findElement(By.id("fullName")).getAttribute("value");
    }
}
