package app.gaitway.assessments.ui;

import app.gaitway.testdata.OwnClinicAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.ui.Browser;
import app.gaitway.ui.NewPage;
import app.gaitway.ui.pages.LoginPage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A therapist's first two visits with a new patient, in a real browser: register the patient through the form,
 * start an assessment, type it with two mistakes (pain 11, grade 6), see the messages beside the fields with
 * everything else still typed, correct them, save the draft, finalize and sign, add an addendum; record and sign a
 * re-evaluation; compare the visits (the charts are images the browser shows); open the printable report and print
 * it to PDF with Chromium. Screenshots and the PDF go to target/screenshots for a person to look at.
 */
@ExtendWith(SharedServer.class)
class AssessmentJourneyUiIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aTherapistAssessesANewPatientTwiceComparesTheVisitsAndPrintsTheReport(GaitwayServer server) throws IOException {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, "journey-ui");
        giveLetterhead(server, account.email());
        List<Path> made = new ArrayList<>();
        try (Browser browser = Browser.open(server.baseUrl())) {
            WebDriver driver = browser.driver();
            LoginPage.open(browser).signInAs(account.email(), account.password());

            // a new patient, through the form
            browser.go("/patients/new");
            waitForPath(browser, "/patients/new");
            type(driver, "givenName", "Greta");
            type(driver, "familyName", "Gaitjourney");
            type(driver, "dateOfBirth", "17.5.1984");
            new Select(field(driver, "affectedSide")).selectByValue("RIGHT");
            type(driver, "referralReason", "Anterior knee pain on stairs, right");
            type(driver, "icd10Code", "M22.2");
            NewPage.clickAndWait(driver, driver.findElement(By.cssSelector("form.patient-form button[type='submit']")));
            waitForPath(browser, "/patients/\\d+");
            assertEquals("Greta Gaitjourney", heading(driver));
            String patientPath = browser.path();

            // the first assessment, with two mistakes
            startAssessment(driver, browser);
            assertEquals("Assessment (draft)", heading(driver));
            String firstPath = browser.path();
            LocalDate firstVisit = LocalDate.now().minusDays(28);
            assertEquals(LocalDate.now().toString(), value(driver, "visitDate"), "a new assessment is dated today");
            // the date picker's typing order depends on the browser's locale; set it as the picker would
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                    + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field(driver, "visitDate"), firstVisit.toString());
            type(driver, "subjective.complaint", "Right knee pain going down stairs");
            type(driver, "subjective.pain_now", "11");
            type(driver, "subjective.pain_worst", "8");
            tick(driver, "subjective.aggravating.stairs");
            choose(driver, "gait.pelvic_drop.right", "moderate");
            tick(driver, "gait.step_down.right.tested");
            tick(driver, "gait.step_down.right.pelvis");
            choose(driver, "gait.step_down.right.knee", "2");
            type(driver, "strength.body_weight_kg", "70");
            type(driver, "strength.hip_abductors.right.grade", "6");
            type(driver, "strength.hip_abductors.right.force", "120");
            type(driver, "strength.hip_abductors.left.grade", "5");
            type(driver, "strength.hip_abductors.left.force", "150");
            type(driver, "rom.hip_extension.right.active", "10");
            type(driver, "rom.hip_extension.left.active", "25");
            for (int i = 1; i <= 20; i++) {
                choose(driver, "lefs.item" + i, "2");
            }
            type(driver, "plan.assessment", "Patellofemoral pain with right hip abductor weakness.");
            press(driver, "save");

            waitFor(driver, By.cssSelector(".error-summary"));
            assertEquals(firstPath, browser.path(), "the form again, at the assessment's address");
            String summary = driver.findElement(By.cssSelector(".error-summary")).getText();
            assertTrue(summary.contains("There are 2 problems"), summary);
            assertTrue(summary.contains("Nothing was saved."), summary);
            assertEquals("Enter a number from 0 to 10.", errorText(driver, "subjective.pain_now"));
            assertTrue(errorText(driver, "strength.hip_abductors.right.grade").startsWith("Enter a grade from 0 to 5"),
                    errorText(driver, "strength.hip_abductors.right.grade"));
            assertTrue(driver.findElement(By.cssSelector("[id='strength.hip_abductors.right.grade-error']")).isDisplayed(),
                    "the message beside the grade is visible");
            assertEquals("11", value(driver, "subjective.pain_now"), "the wrong value stays, to be corrected");
            assertEquals("6", value(driver, "strength.hip_abductors.right.grade"));
            assertEquals("120", value(driver, "strength.hip_abductors.right.force"), "the rest stays typed");
            assertEquals("moderate", new Select(field(driver, "gait.pelvic_drop.right")).getFirstSelectedOption().getAttribute("value"));
            assertTrue(field(driver, "gait.step_down.right.pelvis").isSelected());
            assertEquals("2", new Select(field(driver, "lefs.item20")).getFirstSelectedOption().getAttribute("value"));
            assertEquals(firstVisit.toString(), value(driver, "visitDate"), "the visit date stays too");
            made.add(browser.screenshot("assessment-form-errors"));

            // corrected, saved as a draft
            type(driver, "subjective.pain_now", "6");
            type(driver, "strength.hip_abductors.right.grade", "3+");
            press(driver, "save");
            waitForFlash(driver, "Draft saved.");
            assertEquals(firstPath, browser.path());
            assertTrue(driver.findElements(By.cssSelector(".error-summary")).isEmpty(), "no problems left");
            assertEquals("6", value(driver, "subjective.pain_now"));
            assertEquals("3+", value(driver, "strength.hip_abductors.right.grade"));
            String lefsTotal = driver.findElement(By.cssSelector(".lefs-total")).getText();
            assertTrue(lefsTotal.startsWith("40/80"), lefsTotal);
            made.add(browser.screenshot("assessment-form"));

            // finalized and signed, after the page saying what will lock
            press(driver, "finalize");
            waitFor(driver, By.cssSelector("form[action$='/finalize'] button"));
            assertEquals("Finalize and sign this assessment?", heading(driver));
            made.add(browser.screenshot("assessment-finalize-confirm"));
            NewPage.clickAndWait(driver, driver.findElement(By.cssSelector("form[action$='/finalize'] button")));
            waitFor(driver, By.cssSelector(".notice.signed"));
            assertTrue(flash(driver).startsWith("The assessment was finalized and signed."), flash(driver));
            String signed = driver.findElement(By.cssSelector(".notice.signed")).getText();
            assertTrue(signed.startsWith("Finalized and signed by " + account.fullName() + " on "), signed);
            assertEquals("Assessment of " + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(firstVisit), heading(driver));
            List<String> findings = texts(driver, ".findings li");
            assertTrue(findings.stream().anyMatch(f -> f.contains("Hip abduction: right 3+/5, left 5/5")), findings.toString());
            assertTrue(findings.stream().anyMatch(f -> f.contains("Hip extension: right 10\u00B0, left 25\u00B0 (15\u00B0 less on the right)")), findings.toString());
            assertTrue(findings.stream().anyMatch(f -> f.contains("Pelvic drop (right stance): moderate")), findings.toString());

            // an addendum
            type(driver, "addendum", "Patient phoned: the stairs are easier after a week of exercises.");
            NewPage.clickAndWait(driver, driver.findElement(By.cssSelector("form[action$='/addenda'] button[type='submit']")));
            waitForFlash(driver, "Addendum added.");
            List<String> addenda = texts(driver, "ol.addenda li");
            assertEquals(1, addenda.size(), addenda.toString());
            assertTrue(addenda.get(0).startsWith(account.fullName()), addenda.get(0));
            assertTrue(addenda.get(0).contains("the stairs are easier"), addenda.get(0));
            made.add(browser.screenshot("assessment-record"));

            // the re-evaluation, finalized directly
            NewPage.clickAndWait(driver, driver.findElement(By.cssSelector(".back-link a")));
            waitForPath(browser, patientPath);
            startAssessment(driver, browser);
            String secondPath = browser.path();
            assertFalse(secondPath.equals(firstPath));
            type(driver, "subjective.pain_now", "3");
            type(driver, "subjective.pain_worst", "5");
            type(driver, "strength.body_weight_kg", "70");
            type(driver, "strength.hip_abductors.right.grade", "4+");
            type(driver, "strength.hip_abductors.right.force", "140");
            type(driver, "strength.hip_abductors.left.grade", "5");
            type(driver, "strength.hip_abductors.left.force", "150");
            type(driver, "rom.hip_extension.right.active", "18");
            type(driver, "rom.hip_extension.left.active", "25");
            choose(driver, "gait.pelvic_drop.right", "mild");
            for (int i = 1; i <= 20; i++) {
                choose(driver, "lefs.item" + i, i == 20 ? "4" : "3");
            }
            press(driver, "finalize");
            waitFor(driver, By.cssSelector("form[action$='/finalize'] button"));
            NewPage.clickAndWait(driver, driver.findElement(By.cssSelector("form[action$='/finalize'] button")));
            waitFor(driver, By.cssSelector(".notice.signed"));
            List<String> laterFindings = texts(driver, ".findings li");
            assertTrue(laterFindings.stream().anyMatch(f -> f.contains("up 21 points from 40/80: clinically important change")),
                    laterFindings.toString());

            // the comparison
            NewPage.clickAndWait(driver, driver.findElement(By.linkText("Compare visits")));
            waitForPath(browser, patientPath + "/assessments/comparison");
            assertEquals("Visits compared: Greta Gaitjourney", heading(driver));
            List<WebElement> charts = driver.findElements(By.cssSelector("section.charts figure img"));
            assertTrue(charts.size() >= 3, "charts: " + charts.size());
            new WebDriverWait(driver, WAIT).until(d -> charts.stream().allMatch(img -> loaded(d, img)));
            for (WebElement img : charts) {
                assertTrue(img.getAttribute("src").startsWith("data:image/svg+xml"), img.getAttribute("src").substring(0, 30));
                assertTrue(img.isDisplayed(), "a chart is shown: " + img.getAttribute("alt"));
                assertFalse(img.getAttribute("alt").isBlank(), "a chart has a text alternative");
                assertTrue(img.getSize().getWidth() > 200 && img.getSize().getHeight() > 80, "drawn at a readable size: " + img.getSize());
            }
            String table = driver.findElement(By.cssSelector("table.comparison-table")).getText();
            assertTrue(table.contains("Change") && !table.contains("Change since first"), "two visits, one change column: " + table);
            assertTrue(table.contains("3+ \u2192 4+"), table);
            made.add(browser.screenshot("assessment-comparison"));

            // the printable report of the first visit, printed to PDF
            browser.go(firstPath);
            waitFor(driver, By.cssSelector(".notice.signed"));
            NewPage.clickAndWait(driver, driver.findElement(By.linkText("Printable report")));
            waitForPath(browser, firstPath + "/report");
            assertEquals("Physical therapy assessment", heading(driver));
            String report = driver.findElement(By.tagName("main")).getText();
            assertTrue(report.contains("Greta Gaitjourney"), report);
            assertTrue(report.contains("Hip abduction: right 3+/5, left 5/5"), report);
            assertTrue(report.contains("the stairs are easier"), "the addendum is in the report");
            made.add(browser.screenshot("assessment-report"));

            HasCdp cdp = (HasCdp) driver;
            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            try {
                assertFalse(driver.findElement(By.cssSelector(".site-header")).isDisplayed(), "the header and navigation do not print");
                assertFalse(driver.findElement(By.cssSelector(".site-footer")).isDisplayed(), "nor the footer");
                for (WebElement screenOnly : driver.findElements(By.cssSelector(".screen-only"))) {
                    assertFalse(screenOnly.isDisplayed(), "screen-only part printed: " + screenOnly.getText());
                }
                assertTrue(driver.findElements(By.cssSelector(".screen-only")).size() >= 2, "the back link and the print hint");
                assertTrue(driver.findElement(By.cssSelector(".findings")).isDisplayed(), "the findings print");
                assertTrue(driver.findElement(By.cssSelector(".report-head")).isDisplayed(), "the patient and visit print");
            } finally {
                cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }

            assertTrue(report.contains("14 Harbour Lane") && report.contains("MSc Physiotherapy, HCPC PH123456"),
                    "the clinic's address and the therapist's credentials print: " + report);
            Pdf pdf = ((PrintsPage) driver).print(new PrintOptions().setPageSize(PageSize.ISO_A4));
            byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
            try (PDDocument printed = Loader.loadPDF(bytes)) {
                int pages = printed.getNumberOfPages();
                assertTrue(pages <= 2, "a typical assessment fits two A4 pages: " + pages);
                PDFTextStripper text = new PDFTextStripper();
                for (int page = 1; page <= pages; page++) {
                    text.setStartPage(page);
                    text.setEndPage(page);
                    String onPage = text.getText(printed);
                    assertTrue(onPage.contains("Greta Gaitjourney") && onPage.contains("born 17 May 1984")
                            && onPage.contains("Page " + page + " of " + pages), "page " + page + " says whose it is and where:\n" + onPage);
                }
            }
            Path pdfFile = Path.of(System.getProperty("gaitway.screenshots", "target/screenshots")).resolve("assessment-report.pdf");
            Files.createDirectories(pdfFile.getParent());
            Files.write(pdfFile, bytes);
            made.add(pdfFile);
            assertTrue(bytes.length > 1000, "a real PDF, " + bytes.length + " bytes");
            assertEquals("%PDF", new String(Arrays.copyOf(bytes, 4), StandardCharsets.US_ASCII));
        }
        for (Path file : made) {
            assertTrue(Files.isRegularFile(file) && Files.size(file) > 0, file.toString());
            System.out.println("Screenshot: " + file.toAbsolutePath());
        }
    }

    /** A clinic address of four lines and credentials, as the header and signature block print at their fullest. */
    private static void giveLetterhead(GaitwayServer server, String email) {
        try (Connection db = server.openDatabase();
             PreparedStatement clinic = db.prepareStatement("UPDATE clinic SET address = ? WHERE id = "
                     + "(SELECT clinic_id FROM user_account WHERE email = ?)");
             PreparedStatement user = db.prepareStatement("UPDATE user_account SET credentials = ? WHERE email = ?")) {
            clinic.setString(1, "Harbour Physio Ltd\n14 Harbour Lane\nPortsmouth PO1 2AB\nTel. 023 9200 0000");
            clinic.setString(2, email);
            clinic.executeUpdate();
            user.setString(1, "MSc Physiotherapy, HCPC PH123456");
            user.setString(2, email);
            user.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- steps ---

    private static void startAssessment(WebDriver driver, Browser browser) {
        NewPage.clickAndWait(driver, driver.findElement(By.xpath("//form[contains(@action, '/assessments')]//button[normalize-space()='Start an assessment']")));
        waitForPath(browser, "/assessments/\\d+");
        waitFor(driver, By.cssSelector("form.assessment-form"));
    }

    private static void press(WebDriver driver, String action) {
        WebElement button = driver.findElement(By.cssSelector("form.assessment-form button[name='action'][value='" + action + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        NewPage.clickAndWait(driver, button);
    }

    private static WebElement field(WebDriver driver, String id) {
        return driver.findElement(By.cssSelector("[id='" + id + "']"));
    }

    private static void type(WebDriver driver, String id, String value) {
        WebElement input = field(driver, id);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.clear();
        input.sendKeys(value);
    }

    private static void tick(WebDriver driver, String id) {
        WebElement box = field(driver, id);
        if (!box.isSelected()) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
            box.click();
        }
    }

    private static void choose(WebDriver driver, String id, String value) {
        new Select(field(driver, id)).selectByValue(value);
    }

    private static String value(WebDriver driver, String id) {
        return field(driver, id).getAttribute("value");
    }

    private static String errorText(WebDriver driver, String id) {
        return driver.findElement(By.cssSelector("[id='" + id + "-error']")).getText().replaceFirst("^Error:\\s*", "").strip();
    }

    private static String heading(WebDriver driver) {
        return driver.findElement(By.tagName("h1")).getText().strip();
    }

    private static String flash(WebDriver driver) {
        List<WebElement> flash = driver.findElements(By.cssSelector(".flash"));
        return flash.isEmpty() ? "" : flash.get(0).getText().strip();
    }

    private static void waitForFlash(WebDriver driver, String text) {
        new WebDriverWait(driver, WAIT).until(d -> flash(d).startsWith(text));
    }

    private static List<String> texts(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getText().strip()).toList();
    }

    private static void waitFor(WebDriver driver, By what) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    private static void waitForPath(Browser browser, String pathPattern) {
        new WebDriverWait(browser.driver(), WAIT).until(d -> browser.path().matches(pathPattern));
    }

    private static boolean loaded(WebDriver driver, WebElement img) {
        Object ok = ((JavascriptExecutor) driver).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img);
        return Boolean.TRUE.equals(ok);
    }
}
