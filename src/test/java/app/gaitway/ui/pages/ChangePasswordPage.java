package app.gaitway.ui.pages;

import app.gaitway.ui.Browser;
import org.openqa.selenium.By;

/** Choosing one's own password; compulsory after a temporary one. */
public class ChangePasswordPage extends GaitwayPage {

    public ChangePasswordPage(Browser browser) {
        super(browser, "/account/password");
    }

    public boolean saysPasswordMustChange() {
        return !driver.findElements(By.cssSelector("main .notice")).isEmpty();
    }

    public HomePage changeTo(String currentPassword, String newPassword) {
        type("currentPassword", currentPassword);
        type("newPassword", newPassword);
        type("newPasswordRepeat", newPassword);
        submit("form[action='/account/password']");
        return new HomePage(browser);
    }
}
