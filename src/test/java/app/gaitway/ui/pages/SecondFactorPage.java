package app.gaitway.ui.pages;

import app.gaitway.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The user's own second factor: the set-up (QR code, key, code), and the recovery codes shown once after it. */
public class SecondFactorPage extends GaitwayPage {

    public SecondFactorPage(Browser browser) {
        super(browser, "/account/second-factor");
    }

    /** From the account menu in the header, as a person finds it. */
    public static SecondFactorPage fromAccountMenu(GaitwayPage page) {
        page.driver.findElement(By.cssSelector("details.user-menu > summary")).click();
        page.driver
                .findElement(By.cssSelector("details.user-menu a[href='/account/second-factor']"))
                .click();
        return new SecondFactorPage(page.browser());
    }

    /** The key as shown for typing into the app. */
    public String typedKey() {
        return driver.findElement(By.id("typed-key")).getText().strip();
    }

    /** Whether the QR code picture loaded (a broken picture has no natural width). */
    public boolean showsQrCode() {
        WebElement img = driver.findElement(By.cssSelector("img.qr-code"));
        Object width = ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth;", img);
        return width instanceof Number n && n.intValue() > 0;
    }

    /** Types the code the app shows and turns the second factor on; the page then shows the recovery codes. */
    public SecondFactorPage confirm(String code) {
        type("code", code);
        submit("form[action='/account/second-factor']");
        return new SecondFactorPage(browser);
    }

    public String codeError() {
        return driver.findElement(By.id("code-error"))
                .getText()
                .replace("Error:", "")
                .strip();
    }

    public List<String> recoveryCodes() {
        return texts(".recovery-codes code");
    }
}
