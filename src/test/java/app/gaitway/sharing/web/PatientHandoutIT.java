package app.gaitway.sharing.web;

import app.gaitway.assessments.AssessmentSite;
import app.gaitway.assessments.AssessmentSite.Therapist;
import app.gaitway.sharing.web.LinkSite.AuditRow;
import app.gaitway.sharing.web.LinkSite.Link;
import app.gaitway.sharing.web.LinkSite.Program;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.TestAccounts;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Download;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handout PDF through the patient's link, over HTTP and read back with PDFBox: a valid document of two or three
 * exercises a page and the two-week log, with the patient's first name, the clinic's phone and the link typed out;
 * on A4 unless Letter is asked for; every download a print in the audit trail; nothing for a link that no longer
 * works. Writes target/screenshots/patient-handout.pdf for a person to look at.
 */
@ExtendWith(SharedServer.class)
class PatientHandoutIT {

    private static final String GIVEN = "Henrietta";
    private static final String FAMILY = "Bloomfield-Oyelaran";
    private static final List<String> SIX = List.of("Clamshell", "Hip bridge", "Calf raise", "Sit to stand",
            "Wall sit", "Side-lying hip abduction");
    private static final float POINTS_PER_MM = 72 / 25.4f;

    private record Setup(Therapist therapist, Program program, Link link) {
    }

    private static Setup linked(GaitwayServer server, String label, List<String> exercises) {
        Therapist therapist = AssessmentSite.therapistOfNewClinic(server, label);
        Program program = LinkSite.patientWithProgram(therapist, GIVEN, FAMILY, exercises.toArray(String[]::new));
        return new Setup(therapist, program, LinkSite.createLink(therapist.client(), program));
    }

    @Test
    void theHandoutIsAPdfOfTwoOrThreeExercisesAPageAndTheLog(GaitwayServer server) throws IOException {
        Setup s = linked(server, "handout", SIX);
        Download download = new WebClient(server).download(s.link().path() + "/handout.pdf");
        assertEquals(200, download.status(), download.text());
        assertEquals("application/pdf", download.contentType());
        Path file = Path.of(System.getProperty("gaitway.screenshots", "target/screenshots")).resolve("patient-handout.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, download.body());

        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            int pages = pdf.getNumberOfPages();
            // two or three exercises a page (the first page also holds the heading and when to call), then the log
            assertTrue(pages >= 3 && pages <= 5, pages + " pages for six exercises and the log");
            for (int page = 1; page <= pages; page++) {
                assertA4(pdf.getPage(page - 1).getMediaBox(), "page " + page);
            }
            String all = text(pdf, 1, pages);
            for (String exercise : SIX) {
                assertTrue(all.contains(exercise), "the handout names " + exercise);
            }
            assertTrue(all.contains(s.program().title()), "the program's title");
            assertTrue(all.contains("For " + GIVEN), "the patient's first name");
            assertFalse(all.contains(FAMILY), "not the family name");
            assertTrue(all.contains(s.program().clinicPhone()), "the clinic's phone");
            assertTrue(all.replaceAll("\\s+", "").contains(s.link().grouped()), "the link typed out for paper");

            for (int page = 1; page < pages; page++) {
                String onPage = text(pdf, page, page);
                long exercises = SIX.stream().filter(onPage::contains).count();
                assertTrue(exercises >= 1 && exercises <= 3, "page " + page + " holds " + exercises + " exercises");
            }
            String last = text(pdf, pages, pages);
            assertTrue(last.contains("Your two-week log"), "the log at the end:\n" + last);
            for (String exercise : SIX) {
                assertTrue(last.contains(exercise), "a line of the log for " + exercise);
            }
        }
        assertEquals(0, LinkSite.logRows(server, s.program()), "printing logs no exercise");
    }

    @Test
    void theHandoutIsOnLetterPaperWhenAskedFor(GaitwayServer server) throws IOException {
        Setup s = linked(server, "handout-letter", List.of("Clamshell", "Hip bridge"));
        Download letter = new WebClient(server).download(s.link().path() + "/handout.pdf?paper=letter");
        assertEquals(200, letter.status());
        try (PDDocument pdf = Loader.loadPDF(letter.body())) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(612, box.getWidth(), 2, "8.5 inches");
            assertEquals(792, box.getHeight(), 2, "11 inches");
        }
    }

    @Test
    void everyDownloadIsAuditedAsAPrint(GaitwayServer server) throws SQLException {
        Setup s = linked(server, "handout-audit", List.of("Clamshell"));
        long linkId = LinkSite.linkId(server, s.link());
        WebClient patient = new WebClient(server);

        assertEquals(200, patient.download(s.link().path() + "/handout.pdf").status());
        assertEquals(200, s.therapist().client().download(s.link().path() + "/handout.pdf").status());

        List<AuditRow> prints = LinkSite.auditOfLink(server, linkId).stream()
                .filter(a -> a.action().equals("PRINT")).toList();
        assertEquals(2, prints.size(), "each download: " + prints);
        prints.forEach(p -> assertEquals("SUCCESS", p.outcome()));
        assertNull(prints.get(0).userId(), "the patient's download, with nobody signed in");
        assertEquals(patient.address(), prints.get(0).clientAddress());
        assertEquals(TestAccounts.idOf(server, s.therapist().email()), prints.get(1).userId(), "the therapist's print");
        assertEquals(List.of(), LinkSite.auditMentioning(server, s.link().canonical().substring(4, 16)), "without the secret");
    }

    @Test
    void aLinkThatNoLongerWorksGivesNoHandout(GaitwayServer server) {
        Setup s = linked(server, "handout-gone", List.of("Clamshell"));
        WebClient patient = new WebClient(server);
        assertEquals(404, patient.download("/p/" + LinkSite.unknownSecret() + "/handout.pdf").status(), "an unknown link");
        LinkSite.revoke(s.therapist().client(), s.program());
        Download revoked = patient.download(s.link().path() + "/handout.pdf");
        assertEquals(404, revoked.status(), "a revoked link");
        assertFalse(revoked.contentType().startsWith("application/pdf"));
        assertEquals(0, LinkSite.auditOfLink(server, LinkSite.linkId(server, s.link())).stream()
                .filter(a -> a.action().equals("PRINT")).count(), "nothing printed");
    }

    @Test
    void theHandoutIsNeitherCachedNorIndexed(GaitwayServer server) {
        Setup s = linked(server, "handout-headers", List.of("Clamshell"));
        Download pdf = new WebClient(server).download(s.link().path() + "/handout.pdf");
        assertEquals(200, pdf.status());
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(pdf.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"));
        assertEquals("no-referrer", pdf.headers().firstValue("Referrer-Policy").orElse(""));
    }

    private static void assertA4(PDRectangle box, String what) {
        assertEquals(210 * POINTS_PER_MM, box.getWidth(), 2, what + ": A4 width");
        assertEquals(297 * POINTS_PER_MM, box.getHeight(), 2, what + ": A4 height");
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }
}
