package app.gaitway.patientside.handout;

import app.gaitway.patientside.HandoutView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handout and the fridge sheet of an eight-exercise program made of shipped exercises, read back with PDFBox:
 * sized for older eyes (no letter under 12 pt, pictures 6 cm wide or more), the first name, the clinic's phone and
 * "Page n of m" on every page. Writes target/handout-sample.pdf, target/fridge-sample.pdf and their pages as PNGs
 * for a person to look at.
 */
class HandoutPdfTest {

    private static final float SMALLEST_POINTS = 12;
    private static final float NARROWEST_PICTURE_MM = 60;
    /** The page margin of handout.css, less a little: nothing printed reaches into it. */
    private static final float RIGHT_MARGIN_MM = 11.5f;

    private static HandoutPdf handouts;
    private static HandoutView eight;
    private static byte[] eightPdf;
    private static byte[] eightFridge;

    @BeforeAll
    static void renderSample() throws IOException {
        handouts = handoutPdf();
        eight = HandoutSamples.program(HandoutSamples.EIGHT);
        eightPdf = handouts.render(eight);
        eightFridge = handouts.render(eight, Paper.A4, Sheet.FRIDGE);
        writeForEyes("handout-sample", eightPdf);
        writeForEyes("fridge-sample", eightFridge);
    }

    private static void writeForEyes(String name, byte[] pdf) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        try (var old = Files.newDirectoryStream(target, name + "-*.png")) {
            for (Path png : old) {
                Files.delete(png);
            }
        }
        Files.write(target.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ImageIO.write(
                        renderer.renderImageWithDPI(page, 100),
                        "png",
                        target.resolve(name + "-" + (page + 1) + ".png").toFile());
            }
        }
    }

    static HandoutPdf handoutPdf() throws MalformedURLException {
        return new HandoutPdf(Path.of("templates", HandoutPdf.TEMPLATE).toUri().toURL());
    }

    /**
     * At 12 pt with pictures 9 cm wide an exercise of the library fills most of a page: the first page holds the
     * heading and when to call, then each exercise is whole on a page of its own, then the log.
     */
    @Test
    void eachExerciseIsWholeOnOnePageThenTheLog() throws IOException {
        int pages = PrintedSizes.pages(eightPdf);
        int three = PrintedSizes.pages(handouts.render(HandoutSamples.program(HandoutSamples.EIGHT.subList(0, 3))));
        System.out.println("Handout pages: " + three + " for 3 exercises, " + pages + " for 8");
        assertTrue(pages <= eight.items().size() + 2, pages + " pages: at most the first page, one a page, the log");
        assertTrue(three <= 3 + 2, three + " pages for three");
        for (HandoutView.Item item : eight.items()) {
            List<Integer> whole = new ArrayList<>();
            for (int page = 1; page < pages; page++) {
                String text = PrintedSizes.text(eightPdf, page);
                if (text.contains(item.name()) && item.steps().stream().allMatch(text::contains)) {
                    whole.add(page);
                }
            }
            assertEquals(1, whole.size(), item.name() + " with all its steps is on one page: " + whole);
        }
        String log = PrintedSizes.text(eightPdf, pages);
        assertTrue(log.contains("Your two-week log"));
        // a column past the page's edge is not printed at all
        assertTrue(log.contains("Day 1 2 3 4 5 6 7 8 9 10 11 12 13 14 "), "all fourteen days: " + log);
        try (PDDocument pdf = Loader.loadPDF(eightPdf)) {
            assertEquals("Gaitway", pdf.getDocumentInformation().getProducer());
        }
    }

    @Test
    void noLetterIsPrintedSmallerThan12Points() throws IOException {
        for (byte[] pdf : List.of(eightPdf, eightFridge)) {
            List<PrintedSizes.Letter> letters = PrintedSizes.letters(pdf);
            assertTrue(letters.size() > 500, "the scan read the text: " + letters.size());
            PrintedSizes.Letter smallest = letters.stream()
                    .min(java.util.Comparator.comparing(PrintedSizes.Letter::points))
                    .orElseThrow();
            System.out.println("Smallest letter: " + smallest);
            assertTrue(smallest.points() >= SMALLEST_POINTS - 0.05f, "a letter under 12 pt: " + smallest);
            PrintedSizes.Letter rightmost = letters.stream()
                    .min(java.util.Comparator.comparing(PrintedSizes.Letter::roomRightMm))
                    .orElseThrow();
            assertTrue(
                    rightmost.roomRightMm() >= RIGHT_MARGIN_MM, "a letter in or beyond the right margin: " + rightmost);
        }
    }

    @Test
    void everyPictureOfAnExerciseIsAtLeast6CmWide() throws IOException {
        List<PrintedSizes.Placed> placed = PrintedSizes.pictures(eightPdf);
        List<PrintedSizes.Placed> drawings =
                placed.stream().filter(p -> p.widthMm() > 40).toList();
        List<PrintedSizes.Placed> others =
                placed.stream().filter(p -> p.widthMm() <= 40).toList();
        long expected =
                eight.items().stream().mapToInt(i -> i.middle() == null ? 2 : 3).sum();
        assertEquals(
                expected,
                drawings.size(),
                "a start, a half-way where drawn, and an end picture of each exercise: " + placed);
        drawings.forEach(
                p -> assertTrue(p.widthMm() >= NARROWEST_PICTURE_MM - 0.1f, "a picture " + p.widthMm() + " mm wide"));
        assertEquals(1, others.size(), "besides, only the QR code: " + others);
        System.out.printf(
                "Pictures on paper: %.1f x %.1f mm%n",
                drawings.get(0).widthMm(), drawings.get(0).heightMm());
    }

    @Test
    void everyPageSaysWhoseItIsWhomToCallAndWhichPageOfHowMany() throws IOException {
        for (byte[] pdf : List.of(eightPdf, eightFridge)) {
            int pages = PrintedSizes.pages(pdf);
            for (int page = 1; page <= pages; page++) {
                String text = PrintedSizes.text(pdf, page);
                assertTrue(text.contains(HandoutSamples.FIRST_NAME), "the first name on page " + page);
                assertTrue(text.contains(HandoutSamples.PHONE), "the phone on page " + page);
                assertTrue(
                        text.contains("Page " + page + " of " + pages), "page " + page + " of " + pages + ": " + text);
            }
        }
    }

    @Test
    void theFridgeSheetHasEveryExerciseWithAWeekToTickOnOnePage() throws IOException {
        assertEquals(1, PrintedSizes.pages(eightFridge), "eight exercises on one page");
        assertEquals(1, PrintedSizes.pages(handouts.render(eight, Paper.LETTER, Sheet.FRIDGE)), "on Letter paper too");
        String text = PrintedSizes.text(eightFridge, 1);
        for (HandoutView.Item item : eight.items()) {
            assertTrue(text.contains(item.number() + ". " + item.name()), "a row for " + item.name());
            assertTrue(text.contains(item.amount()), "how much of " + item.name());
        }
        assertTrue(text.contains("Mon Tue Wed Thu Fri Sat Sun"), "the days of a week: " + text);
        assertTrue(text.contains("For " + HandoutSamples.FIRST_NAME));
        List<PrintedSizes.Placed> pictures = PrintedSizes.pictures(eightFridge);
        assertEquals(eight.items().size(), pictures.size(), "a small start picture in each row: " + pictures);
    }

    @Test
    void theTextHasEveryExerciseTheFirstNameThePhoneAndTheTypedLink() throws IOException {
        String text = text(eightPdf);
        for (HandoutView.Item item : eight.items()) {
            assertTrue(text.contains(item.name()), "the handout names " + item.name());
            assertTrue(text.contains(item.amount()), "the handout gives the dosage " + item.amount());
        }
        assertTrue(text.contains("For " + HandoutSamples.FIRST_NAME));
        assertTrue(text.contains(HandoutSamples.PHONE));
        // the whole address may break across two lines of the narrow column under the QR code
        assertTrue(text.replaceAll("\\s+", "").contains(HandoutSamples.TYPED_LINK));
        assertTrue(text.contains("Stop and call us if"));
        assertTrue(text.contains("call the emergency number now if"), "emergencies set apart from calling the clinic");
        for (String sign : eight.emergency()) {
            assertTrue(
                    text.replaceAll("\\s+", " ").contains(sign),
                    "the handout tells when to call an ambulance: " + sign);
        }
        assertTrue(text.contains("Page 1 of "), "page numbers in the footer");
    }

    @Test
    void theQrCodeHoldsTheWholeLinkPrintedUnderIt() throws IOException {
        String printed = HandoutQr.printedLink(eightPdf).orElseThrow();
        assertEquals(HandoutSamples.TYPED_LINK, printed, "the link typed out under the code");
        assertEquals(
                printed,
                HandoutQr.scan(HandoutQr.firstPage(eightPdf, HandoutQr.PRINT_DPI))
                        .orElseThrow(),
                "a phone opens what the patient could type, not the bare path");
    }

    @Test
    void drawingsAreVectorsNotImages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(eightPdf)) {
            assertEquals(0, images(pdf), "drawn pictures and the QR code go in as vector paths");
        }
    }

    @Test
    void aSideStepPrintsItsHalfWayPictureBetweenStartAndEnd() throws IOException {
        HandoutView.Item step = HandoutSamples.item(1, HandoutSamples.exercise("banded-side-step"), "");
        HandoutView.Item bridge = HandoutSamples.item(2, HandoutSamples.exercise("hip-bridge"), "");
        String text = text(handouts.render(HandoutSamples.view(List.of(step, bridge))));
        assertTrue(
                text.matches(".*Start Half-way End.*"), "the side step's three pictures, labelled in order: " + text);
        assertEquals(1, text.split("Half-way", -1).length - 1, "the bridge has none: " + text);
    }

    @Test
    void anUploadedPhotoIsEmbeddedAsAnImage() throws IOException {
        HandoutView.Item drawn = HandoutSamples.item(1, HandoutSamples.exercise("clamshell"), "");
        HandoutView.Picture photo =
                new HandoutView.Picture("/p/x/1/start", "A photo of the start", null, png(), "image/png");
        HandoutView.Item uploaded = new HandoutView.Item(
                1,
                "Our own clamshell",
                drawn.summary(),
                photo,
                photo,
                drawn.amount(),
                drawn.often(),
                drawn.extras(),
                "",
                drawn.steps(),
                drawn.cues(),
                drawn.feel(),
                drawn.mistakes(),
                null,
                null,
                null);
        try (PDDocument pdf = Loader.loadPDF(handouts.render(HandoutSamples.view(List.of(uploaded))))) {
            assertTrue(images(pdf) >= 1, "the photo is in the PDF");
        }
    }

    @Test
    void textFromPeopleStaysText() throws IOException {
        String note = "<script>alert('hi')</script> Hold on to a chair & go slowly <b>now</b>";
        HandoutView.Item item = HandoutSamples.item(1, HandoutSamples.exercise("hip-bridge"), note);
        HandoutView view = HandoutSamples.view(List.of(item));
        String xhtml = handouts.xhtml(view, Paper.A4, new GeneratedSvg());
        assertFalse(xhtml.contains("<script>"), "no markup from a note");
        assertFalse(xhtml.contains("<b>now"));
        assertTrue(xhtml.contains("&lt;script&gt;"));
        assertTrue(xhtml.contains("chair &amp; go"));
        String text = text(handouts.render(view));
        // PDFBox's text extraction may put a space inside "</": compare without spaces
        assertTrue(text.replace(" ", "").contains(note.replace(" ", "")), text);
    }

    @Test
    void namesInOtherScriptsPrintWithTheEmbeddedFonts() throws IOException {
        HandoutView v = HandoutSamples.program(HandoutSamples.EIGHT.subList(0, 1));
        HandoutView named = new HandoutView(
                "Fizjoterapia Łódź",
                v.clinicPhone(),
                "Łucja Ελένη Юлия",
                v.title(),
                v.instructions(),
                v.versionNumber(),
                v.versionDate(),
                v.reviewDate(),
                v.therapistName(),
                v.typedLink(),
                v.linkUrl(),
                v.items(),
                v.stopAndCall(),
                v.emergency());
        byte[] pdf = handouts.render(named);
        String text = text(pdf);
        assertTrue(text.contains("For Łucja Ελένη Юлия"), text);
        assertTrue(text.contains("Fizjoterapia Łódź"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                assertTrue(
                        resources.getFont(name).isEmbedded(),
                        resources.getFont(name).getName() + " is embedded");
            }
        }
    }

    @Test
    void letterPaperIsUsLetterSized() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(handouts.renderLetter(eight))) {
            assertEquals(612, pdf.getPage(0).getMediaBox().getWidth(), 1);
            assertEquals(792, pdf.getPage(0).getMediaBox().getHeight(), 1);
            assertTrue(text(handouts.renderLetter(eight)).contains("March 12, 2026"));
        }
        try (PDDocument pdf = Loader.loadPDF(eightPdf)) {
            assertEquals(595, pdf.getPage(0).getMediaBox().getWidth(), 1);
            assertEquals(842, pdf.getPage(0).getMediaBox().getHeight(), 1);
        }
    }

    @Test
    void rendersForSeveralPatientsAtOnce() throws Exception {
        HandoutView one = HandoutSamples.program(HandoutSamples.EIGHT.subList(0, 3));
        HandoutView other = HandoutSamples.program(HandoutSamples.EIGHT.subList(3, 8));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                HandoutView view = i % 2 == 0 ? one : other;
                pdfs.add(pool.submit(() -> handouts.render(view)));
            }
            for (int i = 0; i < pdfs.size(); i++) {
                String text = text(pdfs.get(i).get(60, TimeUnit.SECONDS));
                HandoutView view = i % 2 == 0 ? one : other;
                for (HandoutView.Item item : view.items()) {
                    assertTrue(text.contains(item.name()), "handout " + i + " names " + item.name());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Renders 2 to 10 (the first one warms up templates, fonts and the SVG drawer), each laid out anew. The bound is on the render
     * thread's CPU time, which a busy shared machine does not stretch as it does the wall-clock time; both are
     * printed. On a quiet machine they are about the same.
     */
    @Test
    void anEightExerciseHandoutRendersFastOnceWarm() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        handouts.render(eight);
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 2; i <= 10; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            // made each time: render(...) would hand back the sheet it kept from the first call
            handouts.pdf(handouts.page(eight, Paper.A4, Sheet.HANDOUT), Paper.A4);
            wall.add((System.nanoTime() - start) / 1_000_000);
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
        }
        double averageCpu = cpu.stream().mapToLong(Long::longValue).average().orElseThrow();
        double averageWall = wall.stream().mapToLong(Long::longValue).average().orElseThrow();
        System.out.printf(
                "Handout of 8 exercises, renders 2 to 10: CPU %s ms (average %.0f), wall %s ms (average %.0f)%n",
                cpu, averageCpu, wall, averageWall);
        assertTrue(averageCpu < 1500, "average " + averageCpu + " ms of CPU a render");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static int images(PDDocument pdf) throws IOException {
        int count = 0;
        for (var page : pdf.getPages()) {
            count += images(page.getResources());
        }
        return count;
    }

    private static int images(PDResources resources) throws IOException {
        if (resources == null) {
            return 0;
        }
        int count = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                count++;
            } else if (x instanceof PDFormXObject form) {
                count += images(form.getResources());
            }
        }
        return count;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 160, 120);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(40, 20, 80, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
