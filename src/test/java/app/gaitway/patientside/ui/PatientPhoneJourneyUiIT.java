package app.gaitway.patientside.ui;

import app.gaitway.patientside.web.LinkSite;
import app.gaitway.patientside.web.LinkSite.Exercise;
import app.gaitway.patientside.web.LinkSite.Program;
import app.gaitway.testdata.OwnClinicAccounts;
import app.gaitway.testdata.Patients;
import app.gaitway.testdata.Staff;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.ui.Browser;
import app.gaitway.ui.pages.LoginPage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A patient's week one, in real browsers: the therapist makes the link on the program page (desktop); the patient
 * opens it on a phone-sized window with no account, walks through "do it now" pressing Done on each exercise (and
 * going on without saying how it felt), logs
 * one more session of the exercise prescribed twice a day with pain 3, and switches to large print, which stays on
 * from page to page. The program page prints on A4 without its buttons and forms. The therapist then sees on the
 * patient page what was logged. Screenshots (patient-phone-*.png) and the PDF go to target/screenshots.
 */
@ExtendWith(SharedServer.class)
class PatientPhoneJourneyUiIT {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Test
    void aPatientFollowsTheProgramOnAPhoneAndTheTherapistSeesWhatWasLogged(GaitwayServer server) throws IOException {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, "phone-ui");
        WebClient setup = Staff.signedIn(server, account.email(), account.password());
        long patientId = Patients.register(setup, "Greta", "Gangway-Phone");
        Program program = LinkSite.program(
                setup,
                patientId,
                LinkSite.unique("Knee plan"),
                List.of(
                        Exercise.daily("Clamshell"),
                        Exercise.daily("Hip bridge"),
                        new Exercise("Single-leg balance", 2, 7)));
        List<Path> made = new ArrayList<>();

        // the therapist makes the link
        String address;
        try (Browser desktop = Browser.open(server.baseUrl())) {
            LoginPage.open(desktop).signInAs(account.email(), account.password());
            ProgramLinkPage programPage = ProgramLinkPage.open(desktop, program.id());
            assertTrue(programPage.linkCard().contains("No link yet."), programPage.linkCard());
            ProgramLinkPage.LinkCreatedPage created = programPage.createLink("90 days");
            address = created.address();
            assertTrue(address.matches(Pattern.quote(server.baseUrl()) + PatientProgramPage.PATH), address);
            assertTrue(created.validity().startsWith("Works until"), created.validity());
            made.add(desktop.screenshot("patient-phone-0-link-created"));
        }

        try (Browser phone = Browser.open(server.baseUrl(), PHONE_WIDTH, PHONE_HEIGHT)) {
            // the patient opens it, with no account
            PatientProgramPage page = PatientProgramPage.open(phone, address);
            assertEquals(program.title(), page.heading());
            assertEquals("For Greta", page.forWhom());
            assertEquals(program.exercises(), page.exerciseNames());
            assertEquals("Call us: " + program.clinicPhone(), page.callButton());
            assertEquals("0 of 3 exercises done today", page.doneToday());
            assertFalse(phone.overflowsHorizontally(), "fits the phone's width");
            made.add(phone.screenshot("patient-phone-1-program"));

            // do it now, Done on each step
            DoItNowPage now = page.startDoItNow();
            for (int step = 1; step <= 3; step++) {
                assertEquals("Exercise " + step + " of 3", now.step(), now.toString());
                assertEquals(program.exercises().get(step - 1), now.exercise());
                assertFalse(phone.overflowsHorizontally(), "step " + step + " fits the phone's width");
                if (now.hasHoldTimer()) {
                    assertEquals("Single-leg balance", now.exercise(), "the exercise with a hold has the timer");
                    String count = now.startHoldTimer();
                    assertTrue(count.matches("[1-9][0-9]?"), "the timer counts the 30 seconds down: " + count);
                }
                assertEquals("Done", now.doneButton());
                made.add(phone.screenshot("patient-phone-2-now-" + step));
                now = now.done();
                assertTrue(now.asksHowItFelt(), "after Done, how it felt (optional) on the same step");
                assertEquals(program.exercises().get(step - 1), now.exercise());
                now = now.next();
            }
            assertTrue(now.isAllDone(), now.heading());
            assertEquals("All done for today", now.heading());
            assertEquals(
                    "2 of 3 exercises marked done today.",
                    now.summary(),
                    "balance is prescribed twice a day: once is not all of it");
            made.add(phone.screenshot("patient-phone-3-all-done"));

            // one more session of the balance exercise, with pain 3
            page = now.backToProgram();
            assertEquals("Done today", page.doneNote(0));
            assertEquals("Done today", page.doneNote(1));
            assertEquals("", page.doneNote(2), "once of twice");
            assertTrue(page.canMarkDone(2));
            page = page.markDone(2, 3, "About right");
            assertEquals("Done 2 of 2 times today", page.doneNote(2));
            assertFalse(page.canMarkDone(2), "not more often than prescribed");
            List<String> entries = page.entries(2);
            assertEquals(2, entries.size(), entries.toString());
            assertTrue(entries.get(1).contains("pain 3 of 10, about right"), entries.toString());
            assertEquals("3 of 3 exercises done today", page.doneToday());
            made.add(phone.screenshot("patient-phone-4-logged"));

            // large print, kept on the next page
            double normalSize = page.bodyFontSize();
            assertFalse(page.isLargePrint());
            assertEquals("Larger text", page.textSizeButton());
            page = page.switchTextSize();
            assertTrue(page.isLargePrint(), "the body has class large-print");
            assertTrue(page.bodyFontSize() > normalSize * 1.2, page.bodyFontSize() + " vs " + normalSize);
            assertEquals("Normal text", page.textSizeButton());
            assertFalse(phone.overflowsHorizontally(), "large print still fits the phone's width");
            made.add(phone.screenshot("patient-phone-5-large-print"));
            DoItNowPage largeNow = page.startDoItNow();
            assertTrue(largeNow.isLargePrint(), "large print stays on for the visit");
            made.add(phone.screenshot("patient-phone-6-large-print-now"));
            page = largeNow.backToProgram();
            assertTrue(page.isLargePrint());

            // printed on A4: the exercises, not the buttons and forms
            made.add(print(phone, program));
        }

        // the therapist sees what was logged
        try (Browser desktop = Browser.open(server.baseUrl())) {
            LoginPage.open(desktop).signInAs(account.email(), account.password());
            AdherencePage patientPage = AdherencePage.open(desktop, patientId, program.id());
            assertEquals("Logged by the patient: " + program.title(), patientPage.reportHeading());
            // the program began today: its report reads simply (the table starts once a day is over)
            assertEquals("Started today: 3 of 3 exercises done.", patientPage.startedToday());
            made.add(desktop.screenshot("patient-phone-7-therapist-sees-log"));
        }

        for (Path file : made) {
            assertTrue(Files.isRegularFile(file) && Files.size(file) > 0, file.toString());
            System.out.println("Screenshot: " + file.toAbsolutePath());
        }
    }

    /** Checks what the print stylesheet hides, then prints the page on A4 to target/screenshots/patient-print.pdf. */
    private static Path print(Browser phone, Program program) throws IOException {
        WebDriver driver = phone.driver();
        HasCdp cdp = (HasCdp) driver;
        cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String css : List.of(".p-tools", ".p-today", ".p-log")) {
                for (WebElement e : driver.findElements(By.cssSelector(css))) {
                    assertFalse(e.isDisplayed(), css + " is not printed");
                }
            }
            for (WebElement name : driver.findElements(By.cssSelector("article.p-exercise h3"))) {
                assertTrue(name.isDisplayed(), "the exercise prints: " + name.getText());
            }
            assertTrue(driver.findElement(By.cssSelector(".p-stop")).isDisplayed(), "when to stop and call prints");
        } finally {
            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        Pdf pdf = ((PrintsPage) driver).print(new PrintOptions().setPageSize(PageSize.ISO_A4));
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        Path file = Path.of(System.getProperty("gaitway.screenshots", "target/screenshots"))
                .resolve("patient-print.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        assertEquals("%PDF", new String(Arrays.copyOf(bytes, 4), StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "three exercises with their pictures take more than one page: " + pages);
            PDRectangle box = document.getPage(0).getMediaBox();
            // A4 is 595.3 × 841.9 points; Chromium rounds through whole CSS pixels
            assertEquals(595.3, box.getWidth(), 2, "A4 width in points");
            assertEquals(841.9, box.getHeight(), 2, "A4 height in points");
            String text = new PDFTextStripper().getText(document);
            for (String exercise : program.exercises()) {
                assertTrue(text.contains(exercise), "the printout names " + exercise + ":\n" + text);
            }
            assertTrue(text.contains("For Greta"), "and whom it is for");
            assertFalse(text.contains("Mark it done"), "the logging forms are not printed");
        }
        return file;
    }
}
