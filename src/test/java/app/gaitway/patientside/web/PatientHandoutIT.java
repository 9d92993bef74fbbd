package app.gaitway.patientside.web;

import app.gaitway.patientside.handout.HandoutQr;
import app.gaitway.patientside.handout.PrintedSizes;
import app.gaitway.patientside.web.LinkSite.AuditRow;
import app.gaitway.patientside.web.LinkSite.Link;
import app.gaitway.patientside.web.LinkSite.Program;
import app.gaitway.testdata.TestAccounts;
import app.gaitway.testdata.Therapists;
import app.gaitway.testdata.Therapists.Therapist;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Download;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handout PDF through the patient's link, over HTTP and read back with PDFBox: a valid document of the first page,
 * each exercise whole on a page and the two-week log, with the patient's first name, the clinic's phone and the
 * link typed out, and a QR code that opens that same link; no letter under 12 pt, pictures 6 cm wide or more, and
 * whose it is, whom to call and "Page n of m" on every page; on A4 unless Letter is asked for; the one-page fridge
 * sheet next to it; every download a print in the audit trail; nothing for a link that no longer works. Writes
 * target/screenshots/patient-handout.pdf and patient-fridge-sheet.pdf for a person to look at.
 */
@ExtendWith(SharedServer.class)
class PatientHandoutIT {

    private static final String GIVEN = "Henrietta";
    private static final String FAMILY = "Bloomfield-Oyelaran";
    private static final List<String> SIX =
            List.of("Clamshell", "Hip bridge", "Calf raise", "Sit to stand", "Wall sit", "Side-lying hip abduction");
    /** Eight exercises, as many as a program has before the builder warns. */
    static final List<String> EIGHT = List.of(
            "Hip bridge",
            "Clamshell",
            "Side-lying hip abduction",
            "Banded side step",
            "Fire hydrant",
            "Single-leg balance",
            "Hip flexor stretch",
            "Monster walk");

    private static final float POINTS_PER_MM = 72 / 25.4f;

    private record Setup(Therapist therapist, Program program, Link link) {}

    private static Setup linked(GaitwayServer server, String label, List<String> exercises) {
        Therapist therapist = Therapists.ofNewClinic(server, label);
        Program program = LinkSite.patientWithProgram(therapist, GIVEN, FAMILY, exercises.toArray(String[]::new));
        return new Setup(therapist, program, LinkSite.createLink(therapist.client(), program));
    }

    @Test
    void theHandoutIsAPdfOfEachExerciseWholeOnAPageAndTheLog(GaitwayServer server) throws IOException {
        Setup s = linked(server, "handout", SIX);
        Download download = new WebClient(server).download(s.link().path() + "/handout.pdf");
        assertEquals(200, download.status(), download.text());
        assertEquals("application/pdf", download.contentType());
        Path file = Path.of(System.getProperty("gaitway.screenshots", "target/screenshots"))
                .resolve("patient-handout.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, download.body());

        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            int pages = pdf.getNumberOfPages();
            // the heading and when to call, each exercise on a page of its own (large print: 12 pt, 9 cm pictures), the
            // log
            assertTrue(pages >= 3 && pages <= SIX.size() + 2, pages + " pages for six exercises and the log");
            for (int page = 1; page <= pages; page++) {
                assertA4(pdf.getPage(page - 1).getMediaBox(), "page " + page);
            }
            String all = text(pdf, 1, pages);
            for (String exercise : SIX) {
                assertTrue(all.contains(exercise), "the handout names " + exercise);
            }
            assertTrue(all.contains(s.program().title()), "the program's title");
            assertTrue(all.contains("For " + GIVEN), "the patient's first name");
            assertMetadataNamesFirstNameOnly(pdf, s.program().title());
            assertFalse(all.contains(FAMILY), "not the family name");
            assertTrue(all.contains(s.program().clinicPhone()), "the clinic's phone");
            assertTrue(all.replaceAll("\\s+", "").contains(s.link().grouped()), "the link typed out for paper");
            String words = all.replaceAll("\\s+", " ");
            assertTrue(
                    words.contains("call the emergency number now if")
                            && words.contains("chest pain")
                            && words.contains("calf")
                            && words.contains("bladder or bowels"),
                    "the emergency signs, on paper too");

            for (int page = 1; page < pages; page++) {
                String onPage = text(pdf, page, page);
                long exercises = SIX.stream().filter(onPage::contains).count();
                assertTrue(exercises <= 3, "page " + page + " holds " + exercises + " exercises");
            }
            String last = text(pdf, pages, pages);
            assertTrue(last.contains("Your two-week log"), "the log at the end:\n" + last);
            for (String exercise : SIX) {
                assertTrue(last.contains(exercise), "a line of the log for " + exercise);
            }
        }
        assertEquals(0, LinkSite.logRows(server, s.program()), "printing logs no exercise");
    }

    /**
     * What a phone camera does with the sheet: the QR code of both prints (the patient's own download through the
     * link, and the therapist's right after creating it) holds the whole link typed out under it, and that address,
     * opened as it is, shows the program. Writes the first pages as target/screenshots/handout-qr-*.png.
     */
    @Test
    void theQrCodeOpensTheLinkPrintedUnderIt(GaitwayServer server) throws Exception {
        Setup s = linked(server, "handout-qr", List.of("Clamshell", "Hip bridge"));
        Map<String, WebClient> readers = new LinkedHashMap<>();
        readers.put("patient", new WebClient(server));
        readers.put("therapist", s.therapist().client());
        HttpClient phone = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        for (Map.Entry<String, WebClient> reader : readers.entrySet()) {
            String who = "the " + reader.getKey() + "'s print";
            Download download = reader.getValue().download(s.link().path() + "/handout.pdf");
            assertEquals(200, download.status(), who + ": " + download.text());
            String printed = HandoutQr.printedLink(download.body())
                    .orElseThrow(() -> new AssertionError(who + ": no link typed out on the first page"));
            assertEquals(s.link().address(), printed, who + ": the link the therapist was shown");

            BufferedImage page = HandoutQr.firstPage(download.body(), HandoutQr.PRINT_DPI);
            Path png = Path.of(System.getProperty("gaitway.screenshots", "target/screenshots"))
                    .resolve("handout-qr-" + reader.getKey() + ".png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
            String scanned =
                    HandoutQr.scan(page).orElseThrow(() -> new AssertionError(who + ": no QR code read, see " + png));
            assertEquals(printed, scanned, who + ": the QR code holds the link printed under it");

            HttpResponse<String> opened = phone.send(
                    HttpRequest.newBuilder(URI.create(scanned))
                            .GET()
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, opened.statusCode(), who + ": " + scanned + " answered " + opened.statusCode());
            for (String exercise : s.program().exercises()) {
                assertTrue(opened.body().contains(exercise), who + ": the page the code opens shows " + exercise);
            }
        }
    }

    /** The figures of the brief: pages for three and for eight exercises; sizes older eyes can read on every page. */
    @Test
    void handoutsOfThreeAndEightExercisesAreLargePrintWithNameAndPhoneOnEveryPage(GaitwayServer server)
            throws IOException {
        Setup eight = linked(server, "handout-eight", EIGHT);
        Setup three = linked(server, "handout-three", EIGHT.subList(0, 3));
        byte[] eightPdf = pdf(new WebClient(server), eight.link().path() + "/handout.pdf");
        byte[] threePdf = pdf(new WebClient(server), three.link().path() + "/handout.pdf");
        System.out.println("Handout over HTTP: " + PrintedSizes.pages(threePdf) + " pages for 3 exercises, "
                + PrintedSizes.pages(eightPdf) + " pages for 8");
        assertTrue(PrintedSizes.pages(threePdf) <= 3 + 2 && PrintedSizes.pages(eightPdf) <= 8 + 2);

        for (Setup s : List.of(eight, three)) {
            byte[] pdf = s == eight ? eightPdf : threePdf;
            int pages = PrintedSizes.pages(pdf);
            for (int page = 1; page <= pages; page++) {
                String text = PrintedSizes.text(pdf, page);
                assertTrue(
                        text.contains(GIVEN)
                                && text.contains(s.program().clinicPhone())
                                && text.contains("Page " + page + " of " + pages),
                        "page " + page + " of " + pages + ": " + text);
            }
            PrintedSizes.Letter smallest = PrintedSizes.letters(pdf).stream()
                    .min(Comparator.comparing(PrintedSizes.Letter::points))
                    .orElseThrow();
            assertTrue(smallest.points() >= 11.95f, "no letter under 12 pt: " + smallest);
            List<PrintedSizes.Placed> pictures = PrintedSizes.pictures(pdf).stream()
                    .filter(p -> p.widthMm() > 40)
                    .toList();
            // one exercise a page: start and end, and half-way where the drawing has one (a band walk)
            Map<Integer, Long> perPage =
                    pictures.stream().collect(Collectors.groupingBy(PrintedSizes.Placed::page, Collectors.counting()));
            assertEquals(s.program().exercises().size(), perPage.size(), "pages with pictures: " + pictures);
            perPage.forEach((page, count) -> assertTrue(count == 2 || count == 3, count + " pictures on page " + page));
            pictures.forEach(p -> assertTrue(p.widthMm() >= 59.9f, "a picture " + p.widthMm() + " mm wide"));
        }
    }

    @Test
    void theFridgeSheetPutsEveryExerciseOnOnePageWithAWeekToTick(GaitwayServer server) throws IOException {
        Therapist therapist = Therapists.ofNewClinic(server, "fridge-sheet");
        Program program = LinkSite.patientWithProgram(therapist, GIVEN, FAMILY, EIGHT.toArray(String[]::new));
        WebClient.Page created = LinkSite.createLinkPage(therapist.client(), program);
        Link link = LinkSite.shownLink(created);
        assertTrue(
                created.contains("href=\"" + link.path() + "/fridge-sheet.pdf\""),
                "offered to the therapist with the handout");
        WebClient patient = new WebClient(server);
        assertTrue(
                patient.get(link.path()).contains("href=\"" + link.path() + "/fridge-sheet.pdf\""),
                "offered to the patient next to the handout");

        Download download = patient.download(link.path() + "/fridge-sheet.pdf");
        assertEquals(200, download.status(), download.text());
        assertEquals("application/pdf", download.contentType());
        Path file = Path.of(System.getProperty("gaitway.screenshots", "target/screenshots"))
                .resolve("patient-fridge-sheet.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, download.body());
        assertEquals(1, PrintedSizes.pages(download.body()), "eight exercises on one page");
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            assertMetadataNamesFirstNameOnly(pdf, program.title());
        }
        String text = PrintedSizes.text(download.body(), 1);
        for (String exercise : EIGHT) {
            assertTrue(text.contains(exercise), "a row for " + exercise);
        }
        assertTrue(text.contains("Mon Tue Wed Thu Fri Sat Sun"), text);
        assertTrue(
                text.contains("For " + GIVEN) && text.contains(program.clinicPhone()) && text.contains("Page 1 of 1"));
        assertFalse(text.contains(FAMILY), "not the family name");
        assertTrue(
                text.replaceAll("\\s+", " ")
                        .contains("Chest pain, a swollen painful calf, or numbness between the legs"),
                "the emergency signs on the fridge too");
        assertEquals(EIGHT.size(), PrintedSizes.pictures(download.body()).size(), "a start picture a row");

        assertEquals(
                200,
                therapist.client().download(link.path() + "/fridge-sheet.pdf").status(),
                "the therapist's print");
        List<AuditRow> prints = LinkSite.auditOfLink(server, LinkSite.linkId(server, link)).stream()
                .filter(a -> a.action().equals("PRINT"))
                .toList();
        assertEquals(2, prints.size(), prints.toString());
        assertEquals(
                404,
                patient.download("/p/" + LinkSite.unknownSecret() + "/fridge-sheet.pdf")
                        .status());
    }

    private static byte[] pdf(WebClient client, String path) {
        Download download = client.download(path);
        assertEquals(200, download.status(), download.text());
        return download.body();
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
        assertEquals(
                200,
                s.therapist()
                        .client()
                        .download(s.link().path() + "/handout.pdf")
                        .status());

        List<AuditRow> prints = LinkSite.auditOfLink(server, linkId).stream()
                .filter(a -> a.action().equals("PRINT"))
                .toList();
        assertEquals(2, prints.size(), "each download: " + prints);
        prints.forEach(p -> assertEquals("SUCCESS", p.outcome()));
        assertNull(prints.get(0).userId(), "the patient's download, with nobody signed in");
        assertEquals(patient.address(), prints.get(0).clientAddress());
        assertEquals(
                TestAccounts.idOf(server, s.therapist().email()), prints.get(1).userId(), "the therapist's print");
        assertEquals(
                List.of(),
                LinkSite.auditMentioning(server, s.link().canonical().substring(4, 16)),
                "without the secret");
    }

    @Test
    void aLinkThatNoLongerWorksGivesNoHandout(GaitwayServer server) {
        Setup s = linked(server, "handout-gone", List.of("Clamshell"));
        WebClient patient = new WebClient(server);
        assertEquals(
                404,
                patient.download("/p/" + LinkSite.unknownSecret() + "/handout.pdf")
                        .status(),
                "an unknown link");
        LinkSite.revoke(s.therapist().client(), s.program());
        Download revoked = patient.download(s.link().path() + "/handout.pdf");
        assertEquals(404, revoked.status(), "a revoked link");
        assertFalse(revoked.contentType().startsWith("application/pdf"));
        assertEquals(
                0,
                LinkSite.auditOfLink(server, LinkSite.linkId(server, s.link())).stream()
                        .filter(a -> a.action().equals("PRINT"))
                        .count(),
                "nothing printed");
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

    /**
     * The document's title (what a PDF viewer's title bar, tab and recent-files list show) names the patient by first
     * name, like the page; no field of the document information names the family.
     */
    private static void assertMetadataNamesFirstNameOnly(PDDocument pdf, String programTitle) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        String title = info.getTitle();
        assertTrue(title != null && title.contains(GIVEN) && title.contains(programTitle), "title: " + title);
        for (String key : info.getMetadataKeys()) {
            String value = info.getCustomMetadataValue(key);
            assertFalse(value != null && value.contains(FAMILY), key + " names the family: " + value);
        }
        assertNull(pdf.getDocumentCatalog().getMetadata(), "no XMP metadata that could hold more");
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
