package app.gaitway.patientside.ui;

import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.patientside.web.LinkSite;
import app.gaitway.patientside.web.LinkSite.Link;
import app.gaitway.patientside.web.LinkSite.Program;
import app.gaitway.testdata.OwnClinicAccounts;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Staff;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.NoDatabaseInvolved;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.ui.Browser;
import app.gaitway.ui.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The moving pictures in a real browser: on the patient's phone each exercise moves; "Pause movement" (a checkbox,
 * used with the keyboard) swaps in the still start and end pictures; a device set to reduce motion, and paper,
 * get the stills only. The staff exercise page at desktop size moves too. Screenshots (moving-*.png), including
 * the moving picture at several moments of its loop, go to target/screenshots.
 */
@NoDatabaseInvolved
@ExtendWith(SharedServer.class)
class MovingPicturesUiIT {

    @Test
    void picturesMoveUntilPausedAndStayStillForReducedMotionAndPrint(GaitwayServer server) throws Exception {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, "moving-ui");
        WebClient therapist = Staff.signedIn(server, account.email(), account.password());
        long patientId = Patients.register(therapist, "Greta", "Gangway-Moving");
        Program program =
                LinkSite.program(therapist, patientId, LinkSite.unique("Hip plan"), "Hip bridge", "Clamshell");
        Link link = LinkSite.createLink(therapist, program);

        try (Browser phone = Browser.open(server.baseUrl(), 390, 844)) {
            WebDriver driver = phone.driver();
            driver.get(link.address());
            List<WebElement> moving = driver.findElements(By.cssSelector(".motion__moving img"));
            assertEquals(2, moving.size(), "each exercise moves");
            assertTrue(moving.stream().allMatch(WebElement::isDisplayed), "shown");
            assertTrue(loaded(driver, moving.get(0)), "the moving picture loads as an image");
            assertFalse(anyShown(driver, ".motion__still img"), "the stills wait behind the pause switch");
            assertFalse(phone.overflowsHorizontally(), "fits the phone");
            phone.screenshot("moving-1-phone-program");
            viewport(driver, moving.get(0), "moving-1-phone-program-viewport");
            moments(moving.get(0), "moving-hip-bridge", new long[] {0, 1500, 1500, 1500, 2500});

            WebElement pause = driver.findElement(By.cssSelector(".motion__pause"));
            ((JavascriptExecutor) driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", pause);
            assertEquals(pause, driver.switchTo().activeElement(), "the switch takes the keyboard focus");
            String outline = (String) ((JavascriptExecutor) driver)
                    .executeScript("return getComputedStyle(arguments[0]).outlineStyle;", pause);
            assertEquals("solid", outline, "a visible focus ring");
            pause.sendKeys(Keys.SPACE);
            assertTrue(pause.isSelected());
            WebElement first = driver.findElement(By.cssSelector(".motion"));
            assertFalse(first.findElement(By.cssSelector(".motion__moving img")).isDisplayed(), "paused: not moving");
            List<WebElement> stills = first.findElements(By.cssSelector(".motion__still img"));
            assertEquals(2, stills.size());
            assertTrue(
                    stills.stream().allMatch(WebElement::isDisplayed) && loaded(driver, stills.get(1)),
                    "paused: the start and end pictures");
            assertTrue(
                    driver.findElements(By.cssSelector(".motion__moving img"))
                            .get(1)
                            .isDisplayed(),
                    "the other exercise keeps moving");
            phone.screenshot("moving-2-phone-paused");
            viewport(driver, first, "moving-2-phone-paused-viewport");

            HasCdp cdp = (HasCdp) driver;
            cdp.executeCdpCommand(
                    "Emulation.setEmulatedMedia",
                    Map.of(
                            "media",
                            "",
                            "features",
                            List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
            driver.navigate().refresh();
            assertFalse(anyShown(driver, ".motion__moving img"), "reduced motion: nothing moves");
            assertFalse(anyShown(driver, ".motion__pause-label"), "reduced motion: no switch to use");
            assertEquals(
                    4,
                    driver.findElements(By.cssSelector(".motion__still img")).stream()
                            .filter(WebElement::isDisplayed)
                            .count(),
                    "reduced motion: the stills");
            phone.screenshot("moving-3-phone-reduced-motion");
            viewport(driver, driver.findElement(By.cssSelector(".motion")), "moving-3-phone-reduced-motion-viewport");

            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            driver.navigate().refresh();
            assertFalse(anyShown(driver, ".motion__moving img"), "print: nothing moves");
            assertEquals(
                    4,
                    driver.findElements(By.cssSelector(".motion__still img")).stream()
                            .filter(WebElement::isDisplayed)
                            .count(),
                    "print: the stills");
            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

            driver.get(link.address() + "/now?step=1");
            WebElement now = driver.findElement(By.cssSelector(".motion__moving img"));
            assertTrue(now.isDisplayed() && loaded(driver, now), "do it now moves");
            phone.screenshot("moving-4-phone-now");
            viewport(driver, now, "moving-4-phone-now-viewport");
        }

        try (Browser desktop = Browser.open(server.baseUrl(), 1280, 800)) {
            desktop.driver().get(link.address());
            WebElement patientMoving = desktop.driver().findElement(By.cssSelector(".motion__moving img"));
            assertTrue(patientMoving.isDisplayed() && loaded(desktop.driver(), patientMoving));
            viewport(desktop.driver(), patientMoving, "moving-6-desktop-patient-program-viewport");
            LoginPage.open(desktop).signInAs(account.email(), account.password());
            desktop.go("/exercises/" + ExerciseSite.builtInId(therapist, "Clamshell"));
            WebElement moving = desktop.driver().findElement(By.cssSelector(".motion__moving img"));
            assertTrue(moving.isDisplayed() && loaded(desktop.driver(), moving));
            desktop.screenshot("moving-5-desktop-exercise");
            viewport(desktop.driver(), moving, "moving-5-desktop-exercise-viewport");
            moments(moving, "moving-clamshell", new long[] {0, 1500, 1500, 1500, 2500});
        }
    }

    /** What the screen shows with {@code element} in the middle of it, as the person sees it. */
    private static void viewport(WebDriver driver, WebElement element, String name) throws Exception {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        Path dir = Path.of(System.getProperty("gaitway.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(
                dir.resolve(name + ".png"),
                ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Screenshots of the moving picture after each wait, to look at the movement frame by frame. */
    private static void moments(WebElement picture, String name, long[] waits) throws Exception {
        Path dir = Path.of(System.getProperty("gaitway.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        byte[] previous = null;
        boolean changed = false;
        for (int i = 0; i < waits.length; i++) {
            Thread.sleep(waits[i]);
            byte[] png = picture.getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + "-" + i + ".png"), png);
            changed |= previous != null && !Arrays.equals(previous, png);
            previous = png;
        }
        assertTrue(changed, name + ": the picture changes over time");
    }

    private static boolean loaded(WebDriver driver, WebElement image) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (int i = 0;
                i < 100 && !Boolean.TRUE.equals(js.executeScript("return arguments[0].complete;", image));
                i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        Object width = js.executeScript("return arguments[0].naturalWidth;", image);
        return width instanceof Number n && n.intValue() > 0;
    }

    private static boolean anyShown(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }
}
