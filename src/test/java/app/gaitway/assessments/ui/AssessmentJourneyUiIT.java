package app.gaitway.assessments.ui;

import app.gaitway.patients.ui.NewPatientPage;
import app.gaitway.patients.ui.PatientRecordPage;
import app.gaitway.testdata.OwnClinicAccounts;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.ui.Browser;
import app.gaitway.ui.pages.LoginPage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

    @Test
    void aTherapistAssessesANewPatientTwiceComparesTheVisitsAndPrintsTheReport(GaitwayServer server)
            throws IOException {
        OwnClinicAccounts.Account account = OwnClinicAccounts.therapist(server, "journey-ui");
        giveLetterhead(server, account.email());
        List<Path> made = new ArrayList<>();
        try (Browser browser = Browser.open(server.baseUrl())) {
            LoginPage.open(browser).signInAs(account.email(), account.password());

            // a new patient, through the form
            PatientRecordPage patient = NewPatientPage.open(browser)
                    .typeInto("givenName", "Greta")
                    .typeInto("familyName", "Gaitjourney")
                    .typeInto("dateOfBirth", "17.5.1984")
                    .affectedSide("RIGHT")
                    .typeInto("referralReason", "Anterior knee pain on stairs, right")
                    .typeInto("icd10Code", "M22.2")
                    .register();
            assertEquals("Greta Gaitjourney", patient.heading());
            String patientPath = patient.path();

            // the first assessment, with two mistakes
            AssessmentFormPage form = AssessmentFormPage.startFrom(patient);
            assertEquals("Assessment (draft)", form.heading());
            String firstPath = form.path();
            LocalDate firstVisit = LocalDate.now().minusDays(28);
            assertEquals(LocalDate.now().toString(), form.value("visitDate"), "a new assessment is dated today");
            form.visitDate(firstVisit)
                    .typeInto("subjective.complaint", "Right knee pain going down stairs")
                    .typeInto("subjective.pain_now", "11")
                    .typeInto("subjective.pain_worst", "8")
                    .tick("subjective.aggravating.stairs")
                    .choose("gait.pelvic_drop.right", "moderate")
                    .tick("gait.step_down.right.tested")
                    .tick("gait.step_down.right.pelvis")
                    .choose("gait.step_down.right.knee", "2")
                    .typeInto("strength.body_weight_kg", "70")
                    .typeInto("strength.hip_abductors.right.grade", "6")
                    .typeInto("strength.hip_abductors.right.force", "120")
                    .typeInto("strength.hip_abductors.left.grade", "5")
                    .typeInto("strength.hip_abductors.left.force", "150")
                    .typeInto("rom.hip_extension.right.active", "10")
                    .typeInto("rom.hip_extension.left.active", "25");
            for (int i = 1; i <= 20; i++) {
                form.choose("lefs.item" + i, "2");
            }
            form.typeInto("plan.assessment", "Patellofemoral pain with right hip abductor weakness.");
            form = form.save();

            assertEquals(firstPath, form.path(), "the form again, at the assessment's address");
            String summary = form.errorSummary();
            assertTrue(summary.contains("There are 2 problems"), summary);
            assertTrue(summary.contains("Nothing was saved."), summary);
            assertEquals("Enter a number from 0 to 10.", form.errorBeside("subjective.pain_now"));
            assertTrue(
                    form.errorBeside("strength.hip_abductors.right.grade").startsWith("Enter a grade from 0 to 5"),
                    form.errorBeside("strength.hip_abductors.right.grade"));
            assertTrue(
                    form.isErrorShownBeside("strength.hip_abductors.right.grade"),
                    "the message beside the grade is visible");
            assertEquals("11", form.value("subjective.pain_now"), "the wrong value stays, to be corrected");
            assertEquals("6", form.value("strength.hip_abductors.right.grade"));
            assertEquals("120", form.value("strength.hip_abductors.right.force"), "the rest stays typed");
            assertEquals("moderate", form.chosen("gait.pelvic_drop.right"));
            assertTrue(form.isTicked("gait.step_down.right.pelvis"));
            assertEquals("2", form.chosen("lefs.item20"));
            assertEquals(firstVisit.toString(), form.value("visitDate"), "the visit date stays too");
            made.add(browser.screenshot("assessment-form-errors"));

            // corrected, saved as a draft
            form = form.typeInto("subjective.pain_now", "6")
                    .typeInto("strength.hip_abductors.right.grade", "3+")
                    .save();
            assertTrue(form.flash().startsWith("Draft saved."), form.flash());
            assertEquals(firstPath, form.path());
            assertEquals("", form.errorSummary(), "no problems left");
            assertEquals("6", form.value("subjective.pain_now"));
            assertEquals("3+", form.value("strength.hip_abductors.right.grade"));
            String lefsTotal = form.lefsTotal();
            assertTrue(lefsTotal.startsWith("40/80"), lefsTotal);
            made.add(browser.screenshot("assessment-form"));

            // finalized and signed, after the page saying what will lock
            FinalizeConfirmPage confirm = form.finalizeDraft();
            assertEquals("Finalize and sign this assessment?", confirm.heading());
            made.add(browser.screenshot("assessment-finalize-confirm"));
            AssessmentRecordPage first = confirm.confirm();
            assertTrue(first.flash().startsWith("The assessment was finalized and signed."), first.flash());
            String signed = first.signedLine();
            assertTrue(signed.startsWith("Finalized and signed by " + account.fullName() + " on "), signed);
            assertEquals(
                    "Assessment of "
                            + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                                    .format(firstVisit),
                    first.heading());
            List<String> findings = first.findings();
            assertTrue(
                    findings.stream().anyMatch(f -> f.contains("Hip abduction: right 3+/5, left 5/5")),
                    findings.toString());
            assertTrue(
                    findings.stream()
                            .anyMatch(f -> f.contains(
                                    "Hip extension: right 10\u00B0, left 25\u00B0 (15\u00B0 less on the right)")),
                    findings.toString());
            assertTrue(
                    findings.stream().anyMatch(f -> f.contains("Pelvic drop (right stance): moderate")),
                    findings.toString());

            // an addendum
            first = first.addAddendum("Patient phoned: the stairs are easier after a week of exercises.");
            assertTrue(first.flash().startsWith("Addendum added."), first.flash());
            List<String> addenda = first.addenda();
            assertEquals(1, addenda.size(), addenda.toString());
            assertTrue(addenda.get(0).startsWith(account.fullName()), addenda.get(0));
            assertTrue(addenda.get(0).contains("the stairs are easier"), addenda.get(0));
            made.add(browser.screenshot("assessment-record"));

            // the re-evaluation, finalized directly
            patient = first.backToPatient();
            assertEquals(patientPath, patient.path());
            AssessmentFormPage second = AssessmentFormPage.startFrom(patient);
            String secondPath = second.path();
            assertFalse(secondPath.equals(firstPath));
            second.typeInto("subjective.pain_now", "3")
                    .typeInto("subjective.pain_worst", "5")
                    .typeInto("strength.body_weight_kg", "70")
                    .typeInto("strength.hip_abductors.right.grade", "4+")
                    .typeInto("strength.hip_abductors.right.force", "140")
                    .typeInto("strength.hip_abductors.left.grade", "5")
                    .typeInto("strength.hip_abductors.left.force", "150")
                    .typeInto("rom.hip_extension.right.active", "18")
                    .typeInto("rom.hip_extension.left.active", "25")
                    .choose("gait.pelvic_drop.right", "mild");
            for (int i = 1; i <= 20; i++) {
                second.choose("lefs.item" + i, i == 20 ? "4" : "3");
            }
            AssessmentRecordPage reEvaluation = second.finalizeDraft().confirm();
            List<String> laterFindings = reEvaluation.findings();
            assertTrue(
                    laterFindings.stream()
                            .anyMatch(f -> f.contains("up 21 points from 40/80: clinically important change")),
                    laterFindings.toString());

            // the comparison
            ComparisonPage comparison = reEvaluation.compareVisits();
            assertEquals(patientPath + "/assessments/comparison", browser.path());
            assertEquals("Visits compared: Greta Gaitjourney", comparison.heading());
            List<ComparisonPage.Chart> charts = comparison.charts();
            assertTrue(charts.size() >= 3, "charts: " + charts.size());
            for (ComparisonPage.Chart chart : charts) {
                assertTrue(
                        chart.src().startsWith("data:image/svg+xml"),
                        chart.src().substring(0, 30));
                assertTrue(chart.displayed(), "a chart is shown: " + chart.alt());
                assertFalse(chart.alt().isBlank(), "a chart has a text alternative");
                assertTrue(
                        chart.size().getWidth() > 200 && chart.size().getHeight() > 80,
                        "drawn at a readable size: " + chart.size());
            }
            String table = comparison.table();
            assertTrue(
                    table.contains("Change") && !table.contains("Change since first"),
                    "two visits, one change column: " + table);
            assertTrue(table.contains("3+ \u2192 4+"), table);
            made.add(browser.screenshot("assessment-comparison"));

            // the printable report of the first visit, printed to PDF
            ReportPage reportPage =
                    AssessmentRecordPage.open(browser, firstPath).printableReport();
            assertEquals(firstPath + "/report", browser.path());
            assertEquals("Physical therapy assessment", reportPage.heading());
            String report = reportPage.text();
            assertTrue(report.contains("Greta Gaitjourney"), report);
            assertTrue(report.contains("Hip abduction: right 3+/5, left 5/5"), report);
            assertTrue(report.contains("the stairs are easier"), "the addendum is in the report");
            made.add(browser.screenshot("assessment-report"));

            ReportPage.PrintLayout printed = reportPage.printLayout();
            assertFalse(printed.headerShown(), "the header and navigation do not print");
            assertFalse(printed.footerShown(), "nor the footer");
            assertEquals(List.of(), printed.screenOnlyShown(), "screen-only parts printed");
            assertTrue(printed.screenOnlyParts() >= 2, "the back link and the print hint");
            assertTrue(printed.findingsShown(), "the findings print");
            assertTrue(printed.reportHeadShown(), "the patient and visit print");

            assertTrue(
                    report.contains("14 Harbour Lane") && report.contains("MSc Physiotherapy, HCPC PH123456"),
                    "the clinic's address and the therapist's credentials print: " + report);
            byte[] bytes = reportPage.printToPdf();
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                int pages = pdf.getNumberOfPages();
                assertTrue(pages <= 2, "a typical assessment fits two A4 pages: " + pages);
                PDFTextStripper text = new PDFTextStripper();
                for (int page = 1; page <= pages; page++) {
                    text.setStartPage(page);
                    text.setEndPage(page);
                    String onPage = text.getText(pdf);
                    assertTrue(
                            onPage.contains("Greta Gaitjourney")
                                    && onPage.contains("born 17 May 1984")
                                    && onPage.contains("Page " + page + " of " + pages),
                            "page " + page + " says whose it is and where:\n" + onPage);
                }
            }
            Path pdfFile = Path.of(System.getProperty("gaitway.screenshots", "target/screenshots"))
                    .resolve("assessment-report.pdf");
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
                PreparedStatement user =
                        db.prepareStatement("UPDATE user_account SET credentials = ? WHERE email = ?")) {
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
}
