package app.gaitway.ui.pages;

import app.gaitway.ui.Browser;
import org.openqa.selenium.By;

/** The second step of signing in: the code from the authenticator app (or a recovery code). */
public class SecondStepPage extends GaitwayPage {

    public SecondStepPage(Browser browser) {
        super(browser, "/login/second-factor");
    }

    public HomePage enter(String code) {
        type("code", code);
        submit("form[action='/login/second-factor']");
        return new HomePage(browser);
    }

    public SecondStepPage enterWrong(String code) {
        type("code", code);
        submit("form[action='/login/second-factor']");
        return new SecondStepPage(browser);
    }

    public String codeError() {
        return driver.findElement(By.id("code-error"))
                .getText()
                .replace("Error:", "")
                .strip();
    }
}
