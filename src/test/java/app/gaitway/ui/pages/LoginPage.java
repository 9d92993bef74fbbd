package app.gaitway.ui.pages;

import app.gaitway.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The sign-in page. */
public class LoginPage extends GaitwayPage {

    public LoginPage(Browser browser) {
        super(browser, "/login");
    }

    public static LoginPage open(Browser browser) {
        browser.go("/login");
        return new LoginPage(browser);
    }

    public HomePage signInAs(String email, String password) {
        fillIn(email, password);
        return new HomePage(browser);
    }

    /** Signs in and stays wherever the sign-in leads (e.g. back to a form kept across the sign-in). */
    public void signInAndContinue(String email, String password) {
        fillIn(email, password);
    }

    /** Signing in with a password an administrator set leads to choosing one's own first. */
    public ChangePasswordPage signInWithTemporaryPassword(String email, String password) {
        fillIn(email, password);
        return new ChangePasswordPage(browser);
    }

    /** The notice above the form (e.g. after signing out), or "". */
    public String notice() {
        List<WebElement> notice = driver.findElements(By.cssSelector("main .notice"));
        return notice.isEmpty() ? "" : notice.get(0).getText().strip();
    }

    /** Every notice above the form, one a line. */
    public String notices() {
        return String.join(
                "\n",
                driver.findElements(By.cssSelector("main .notice")).stream()
                        .map(e -> e.getText().strip())
                        .toList());
    }

    private void fillIn(String email, String password) {
        type("email", email);
        type("password", password);
        submit("form[action='/login']");
    }
}
