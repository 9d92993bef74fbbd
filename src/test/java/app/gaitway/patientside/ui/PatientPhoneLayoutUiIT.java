package app.gaitway.patientside.ui;

import app.gaitway.patientside.web.LinkSite;
import app.gaitway.patientside.web.LinkSite.Link;
import app.gaitway.patientside.web.LinkSite.Program;
import app.gaitway.testdata.Therapists;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.NoDatabaseInvolved;
import app.gaitway.testing.SharedServer;
import app.gaitway.ui.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patient's pages on a 390 × 844 phone in headless Chromium, measured as a patient sees them: the "Today" list
 * names every exercise with its dosage in a few words and its state in words; on every step of "do it now" the
 * dosage and the first tip are on the first screen, without scrolling; the hold timer says the set and side, can be
 * paused and started over; after Done the same step asks for pain and how it felt; large print keeps the header
 * under 110 px with the clinic's phone number on one line. Everything also at 200 % zoom (a 195 px wide viewport
 * at twice the pixels), without sideways scrolling. Screenshots go to target/screenshots/phone-*.png.
 */
@NoDatabaseInvolved
@ExtendWith(SharedServer.class)
class PatientPhoneLayoutUiIT {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;
    private static final int LARGE_PRINT_HEADER_PX = 110;
    /** A hold the test can wait for; the rest as the library gives it: 3 sets, each side. */
    private static final int SHORT_HOLD = 2;

    private static final List<String> EXERCISES = List.of(
            "Side plank from the knees", "Side-lying hip abduction", "Clamshell", "Hip bridge", "Single-leg balance");

    @Test
    void aPatientFindsTodayAtAGlanceAndDoesEachExerciseFromTheFirstScreen(GaitwayServer server) throws IOException {
        Therapists.Therapist therapist = Therapists.ofNewClinic(server, "phone-layout");
        Program program =
                LinkSite.patientWithProgram(therapist, "Wilhelmina", "Phone-Layout", EXERCISES.toArray(String[]::new));
        LinkSite.saveNextVersion(therapist.client(), program, Map.of("items.0.hold", String.valueOf(SHORT_HOLD)));
        Link link = LinkSite.createLink(therapist.client(), program);

        try (Browser phone = Browser.open(server.baseUrl(), WIDTH, HEIGHT)) {
            WebDriver driver = phone.driver();
            emulate(driver, WIDTH, HEIGHT, 1);
            PatientProgramPage page = PatientProgramPage.open(phone, link.address());
            assertEquals(
                    HEIGHT,
                    ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;")).intValue(),
                    "the phone's whole screen");
            List<PatientProgramPage.TodayRow> today = page.today();
            assertEquals(
                    EXERCISES,
                    today.stream().map(PatientProgramPage.TodayRow::name).toList());
            assertEquals("hold 2 s \u00d7 3 each side", today.get(0).dose(), "the side plank, in a few words");
            assertEquals("3 \u00d7 10\u201315 each side", today.get(2).dose(), "the clamshell");
            today.forEach(r -> assertEquals("Not done yet", r.state(), r.name()));
            today.forEach(r -> assertTrue(r.target().matches("#item-\\d"), "links to its card: " + r.target()));
            assertTrue(
                    bottom(driver, driver.findElement(By.cssSelector(".p-today__list li:last-child"))) <= HEIGHT * 2,
                    "the whole list within two screens");
            assertFalse(phone.overflowsHorizontally());
            viewport(driver, "phone-1-today");

            DoItNowPage now = page.startDoItNow();
            for (int step = 1; step <= EXERCISES.size(); step++) {
                assertEquals(EXERCISES.get(step - 1), now.exercise());
                assertOnFirstScreen(driver, ".p-now__dose .p-amount", "the dosage of step " + step);
                assertOnFirstScreen(driver, ".p-now__tip", "the first tip of step " + step);
                assertOnFirstScreen(driver, ".p-now .motion", "the pictures of step " + step);
                assertFalse(phone.overflowsHorizontally(), "step " + step);
                viewport(driver, "phone-2-now-" + step);
                if (step == 1) {
                    holdTimer(now);
                    now = now.done();
                    assertTrue(now.asksHowItFelt(), "after Done the same step asks how it felt");
                    assertEquals(EXERCISES.get(0), now.exercise());
                    assertTrue(
                            inView(driver, driver.findElement(By.cssSelector("#rate legend"))),
                            "shown without scrolling");
                    screen(driver, "phone-3-now-rate");
                    now = now.rate(3, "About right");
                } else {
                    now = now.skip();
                }
            }
            assertTrue(now.isAllDone(), now.toString());

            page = now.backToProgram();
            assertEquals("Done", page.today().get(0).state(), "the side plank, done in do it now");
            List<String> entries = page.entries(0);
            assertTrue(entries.get(0).contains("pain 3 of 10, about right"), entries.toString());

            page = page.switchTextSize();
            assertTrue(page.isLargePrint());
            WebElement header = driver.findElement(By.cssSelector(".p-header"));
            double headerHeight = height(driver, header);
            System.out.printf("Large print at %d px: header %.0f px tall%n", WIDTH, headerHeight);
            assertTrue(headerHeight <= LARGE_PRINT_HEADER_PX, "header " + headerHeight + " px tall");
            WebElement number = driver.findElement(By.cssSelector(".p-header .p-call__number"));
            assertEquals(program.clinicPhone(), number.getText().strip());
            assertEquals(1L, lines(driver, number), "the phone number on one line");
            assertTrue(
                    inView(driver, number)
                            && (Boolean) ((JavascriptExecutor) driver)
                                    .executeScript(
                                            "return arguments[0].getBoundingClientRect().right <= window.innerWidth;",
                                            number),
                    "and all of it shown");
            assertFalse(phone.overflowsHorizontally(), "large print fits the width");
            viewport(driver, "phone-4-large-print");
            now = page.startDoItNow();
            assertOnFirstScreen(driver, ".p-now__dose .p-amount", "large print: the dosage");
            viewport(driver, "phone-5-large-print-now");

            emulate(driver, WIDTH / 2, HEIGHT / 2, 2);
            for (String size : List.of("large", "normal")) {
                for (String path : List.of("", "/now?step=2")) {
                    driver.get(server.baseUrl() + link.path() + path);
                    String where = "200% zoom, " + size + " print, /p/\u2026" + path;
                    viewport(driver, "phone-6-zoom-200-" + size + (path.isEmpty() ? "-program" : "-now"));
                    assertFalse(phone.overflowsHorizontally(), where);
                    assertEquals(List.of(), cutOff(driver), where + ": text wider than its box");
                }
                if (size.equals("large")) {
                    driver.get(server.baseUrl() + link.path());
                    new PatientProgramPage(phone).switchTextSize();
                }
            }
        }
    }

    /** Elements of the page whose text runs past their box (a long word at high zoom). */
    @SuppressWarnings("unchecked")
    private static List<String> cutOff(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll('main h1, main h2, main h3, main p, main li, main a, main button, header *'))
                    .filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1
                        && getComputedStyle(e).overflow === 'visible')
                    .map(e => e.tagName + ': ' + e.textContent.trim().slice(0, 40));""");
    }

    /** The first hold counts down, shows the set and side, pauses, goes on, moves to the other side, starts over. */
    private static void holdTimer(DoItNowPage now) {
        assertTrue(now.hasHoldTimer(), "the side plank has the timer");
        assertEquals("Set 1 of 3 \u00b7 left side", now.timerWhere());
        now.startHoldTimer();
        now.pauseHoldTimer();
        assertEquals("Go on", now.pauseButton(), "paused");
        String paused = now.timerCount();
        sleep(Duration.ofMillis(1500));
        assertEquals(paused, now.timerCount(), "a paused timer stands still");
        now.pauseHoldTimer();
        assertEquals("Pause", now.pauseButton(), "going on");
        now.waitForTimerWhere("Set 1 of 3 \u00b7 right side", Duration.ofSeconds(SHORT_HOLD + 5));
        now.resetHoldTimer();
        assertEquals("Set 1 of 3 \u00b7 left side", now.timerWhere(), "started over");
    }

    private static void assertOnFirstScreen(WebDriver driver, String css, String what) {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        WebElement element = driver.findElement(By.cssSelector(css));
        double bottom = bottom(driver, element);
        assertTrue(bottom <= HEIGHT, what + " ends at " + bottom + " px, below the first " + HEIGHT + " px");
    }

    private static double bottom(WebDriver driver, WebElement element) {
        return ((Number) ((JavascriptExecutor) driver)
                        .executeScript("return arguments[0].getBoundingClientRect().bottom + window.scrollY;", element))
                .doubleValue();
    }

    private static double height(WebDriver driver, WebElement element) {
        return ((Number) ((JavascriptExecutor) driver)
                        .executeScript("return arguments[0].getBoundingClientRect().height;", element))
                .doubleValue();
    }

    /** How many lines an inline element's text takes (one box a line). */
    private static long lines(WebDriver driver, WebElement element) {
        return ((Number) ((JavascriptExecutor) driver)
                        .executeScript("return arguments[0].getClientRects().length;", element))
                .longValue();
    }

    /**
     * The viewport of a phone of this size in CSS pixels (a window's own bars would take some of it). At half the
     * width and twice the pixels it is what a person with a 390 px phone sees at 200 % zoom.
     */
    private static void emulate(WebDriver driver, int width, int height, int scale) {
        ((HasCdp) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", true));
    }

    private static boolean inView(WebDriver driver, WebElement element) {
        return (Boolean) ((JavascriptExecutor) driver)
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                        element);
    }

    /** The screen as the patient sees it first, without scrolling. */
    private static void viewport(WebDriver driver, String name) throws IOException {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        screen(driver, name);
    }

    /** The screen as it is now. */
    private static void screen(WebDriver driver, String name) throws IOException {
        Path dir = Path.of(System.getProperty("gaitway.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
