package app.gaitway.exercises.pictures;

import app.gaitway.exercises.pictures.RejectedPicture.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static app.gaitway.exercises.pictures.TestPictures.chunk;
import static app.gaitway.exercises.pictures.TestPictures.commentSegment;
import static app.gaitway.exercises.pictures.TestPictures.concat;
import static app.gaitway.exercises.pictures.TestPictures.contains;
import static app.gaitway.exercises.pictures.TestPictures.drawing;
import static app.gaitway.exercises.pictures.TestPictures.exifSegment;
import static app.gaitway.exercises.pictures.TestPictures.jpeg;
import static app.gaitway.exercises.pictures.TestPictures.png;
import static app.gaitway.exercises.pictures.TestPictures.read;
import static app.gaitway.exercises.pictures.TestPictures.textChunk;
import static app.gaitway.exercises.pictures.TestPictures.withChunksAfterHeader;
import static app.gaitway.exercises.pictures.TestPictures.withSegments;
import static java.awt.image.BufferedImage.TYPE_BYTE_GRAY;
import static java.awt.image.BufferedImage.TYPE_BYTE_INDEXED;
import static java.awt.image.BufferedImage.TYPE_INT_ARGB;
import static java.awt.image.BufferedImage.TYPE_INT_RGB;
import static java.awt.image.BufferedImage.TYPE_USHORT_GRAY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PictureUploadTest {

    // --- accepted and re-encoded ---

    @Test
    void largeJpegIsScaledToSixteenHundredOnTheLongerSide() throws Exception {
        CleanPicture clean = PictureUpload.clean(jpeg(drawing(3000, 2000, TYPE_INT_RGB)));
        assertEquals("image/jpeg", clean.mediaType());
        assertEquals(1600, clean.width());
        assertEquals(1067, clean.height());
        BufferedImage out = read(clean.bytes());
        assertEquals(1600, out.getWidth());
        assertEquals(1067, out.getHeight());
        assertFalse(out.getColorModel().hasAlpha());
        assertEquals(3, out.getColorModel().getNumComponents());
        // the picture survived: dark square top left, red bar on the right
        assertDark(out.getRGB(100, 100));
        assertRed(out.getRGB(1590, 500));
    }

    @Test
    void tallPictureIsScaledByItsHeight() throws Exception {
        CleanPicture clean = PictureUpload.clean(png(drawing(900, 4000, TYPE_INT_RGB)));
        assertEquals(360, clean.width());
        assertEquals(1600, clean.height());
    }

    @Test
    void smallPictureKeepsItsSize() throws Exception {
        CleanPicture clean = PictureUpload.clean(jpeg(drawing(640, 480, TYPE_INT_RGB)));
        assertEquals(640, clean.width());
        assertEquals(480, clean.height());
        CleanPicture exact = PictureUpload.clean(png(drawing(1600, 1200, TYPE_INT_RGB)));
        assertEquals(1600, exact.width());
        assertEquals(1200, exact.height());
        CleanPicture dot = PictureUpload.clean(png(drawing(1, 1, TYPE_INT_RGB)));
        assertEquals(1, dot.width());
    }

    @Test
    void hugeButAllowedPictureIsReadSubsampledAndScaled() throws Exception {
        // 9000 x 2000 = 18 MP: read at every second pixel, then scaled smoothly
        CleanPicture clean = PictureUpload.clean(png(drawing(9000, 2000, TYPE_BYTE_GRAY)));
        assertEquals(1600, clean.width());
        assertEquals(356, clean.height());
        assertDark(read(clean.bytes()).getRGB(50, 20));
    }

    @Test
    void pngWithTransparencyStaysPngAndKeepsItsAlpha() throws Exception {
        BufferedImage image = new BufferedImage(2000, 1000, TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 128, 255, 255));
        g.fillOval(500, 0, 1000, 1000); // opaque disc, clear corners
        g.setColor(new Color(255, 0, 0, 128));
        g.fillRect(0, 800, 200, 200); // half-transparent red, bottom left
        g.dispose();

        CleanPicture clean = PictureUpload.clean(png(image));
        assertEquals("image/png", clean.mediaType());
        assertEquals(1600, clean.width());
        assertEquals(800, clean.height());
        BufferedImage out = read(clean.bytes());
        assertTrue(out.getColorModel().hasAlpha());
        assertEquals(0, out.getRGB(5, 5) >>> 24, "clear corner stays clear");
        assertEquals(255, out.getRGB(800, 400) >>> 24, "disc stays opaque");
        Color disc = new Color(out.getRGB(800, 400), true);
        assertEquals(255, disc.getBlue(), 2);
        Color half = new Color(out.getRGB(80, 720), true);
        assertEquals(128, half.getAlpha(), 3);
        assertEquals(255, half.getRed(), 3, "straight alpha, not darkened by premultiplying");
    }

    @Test
    void palettePngWithATransparentColourKeepsItClear() throws Exception {
        // two colours, the first see-through (a tRNS chunk): reading without metadata must still use it
        IndexColorModel palette =
                new IndexColorModel(1, 2, new byte[] {0, (byte) 255}, new byte[] {0, 0}, new byte[] {0, 0}, 0);
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_BINARY, palette);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(20, 0, 20, 20);
        g.dispose();
        BufferedImage out = read(PictureUpload.clean(png(image)).bytes());
        assertEquals(0, out.getRGB(5, 5) >>> 24);
        assertRed(out.getRGB(30, 10));
    }

    @Test
    void opaquePngStaysPngWithoutAlpha() throws Exception {
        CleanPicture clean = PictureUpload.clean(png(drawing(300, 200, TYPE_INT_RGB)));
        assertEquals("image/png", clean.mediaType());
        assertFalse(read(clean.bytes()).getColorModel().hasAlpha());
    }

    @ParameterizedTest
    @ValueSource(ints = {TYPE_BYTE_GRAY, TYPE_USHORT_GRAY, TYPE_BYTE_INDEXED, TYPE_INT_ARGB})
    void pngOfEveryColourKindIsAccepted(int type) throws Exception {
        CleanPicture clean = PictureUpload.clean(png(drawing(2400, 1200, type)));
        assertEquals(1600, clean.width());
        assertEquals(800, clean.height());
        assertDark(read(clean.bytes()).getRGB(20, 20));
    }

    @Test
    void greyJpegIsAccepted() throws Exception {
        CleanPicture clean = PictureUpload.clean(jpeg(drawing(400, 300, TYPE_BYTE_GRAY)));
        assertEquals("image/jpeg", clean.mediaType());
        assertEquals(400, clean.width());
    }

    // --- metadata stripped ---

    @Test
    void jpegLosesExifWithGpsAndComments() throws Exception {
        byte[] upload = withSegments(
                jpeg(drawing(800, 600, TYPE_INT_RGB)),
                exifSegment("GPS-SECRET-TEST", 1),
                commentSegment("COMMENT-SECRET-TEST"));
        assertTrue(contains(upload, "GPS-SECRET-TEST"));
        assertEquals(800, read(upload).getWidth(), "the upload itself is a valid JPEG");

        CleanPicture clean = PictureUpload.clean(upload);
        assertFalse(contains(clean.bytes(), "GPS-SECRET-TEST"));
        assertFalse(contains(clean.bytes(), "COMMENT-SECRET-TEST"));
        assertFalse(contains(clean.bytes(), "Exif"));
        assertEquals(800, clean.width());
    }

    @Test
    void pngLosesTextChunksAndWhateverFollowsTheImage() throws Exception {
        byte[] upload = withChunksAfterHeader(
                png(drawing(400, 300, TYPE_INT_RGB)),
                textChunk("Comment", "secret"),
                textChunk("Author", "Dr Hidden"),
                chunk("eXIf", "MM GPS-SECRET-TEST".getBytes(StandardCharsets.US_ASCII)));
        upload = concat(upload, "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, read(upload).getWidth(), "the upload itself is a valid PNG");

        CleanPicture clean = PictureUpload.clean(upload);
        for (String gone : new String[] {"tEXt", "Comment", "secret", "Hidden", "eXIf", "GPS-SECRET", "script"}) {
            assertFalse(contains(clean.bytes(), gone), gone);
        }
    }

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        "1, 300, 200, 10, 10", // dark square stays top left
        "3, 300, 200, 290, 190", // upside down: bottom right
        "6, 200, 300, 190, 10", // turned clockwise: top right
        "8, 200, 300, 10, 290", // turned anticlockwise: bottom left
        "2, 300, 200, 290, 10", // mirrored: top right
    })
    void jpegFromAPhoneIsTurnedAsItsExifSays(int orientation, int width, int height, int darkX, int darkY)
            throws Exception {
        byte[] upload = withSegments(jpeg(drawing(300, 200, TYPE_INT_RGB)), exifSegment("x", orientation));
        CleanPicture clean = PictureUpload.clean(upload);
        assertEquals(width, clean.width());
        assertEquals(height, clean.height());
        BufferedImage out = read(clean.bytes());
        assertEquals(width, out.getWidth());
        assertDark(out.getRGB(darkX, darkY));
    }

    // --- refused ---

    @Test
    void emptyUploadIsRefused() {
        assertRefused(Reason.EMPTY, new byte[0]);
        assertRefused(Reason.EMPTY, null);
    }

    @Test
    void overFiveMegabytesIsRefusedWhatever_itHolds() throws Exception {
        byte[] picture = png(drawing(200, 100, TYPE_INT_RGB));
        byte[] tooLarge = Arrays.copyOf(picture, (int) PictureUpload.MAX_BYTES + 1);
        assertRefused(Reason.TOO_LARGE, tooLarge);
        // exactly the limit is fine (the zeros after the end of the PNG are dropped)
        byte[] atLimit = Arrays.copyOf(picture, (int) PictureUpload.MAX_BYTES);
        assertEquals(200, PictureUpload.clean(atLimit).width());
    }

    @Test
    void gifIsRefusedWhateverItIsCalled() {
        // a "photo.jpg" or "photo.png" that is really a GIF: only the bytes count
        assertRefused(Reason.NOT_PNG_OR_JPEG, TestPictures.gif(drawing(50, 50, TYPE_INT_RGB)));
    }

    @Test
    void bmpIsRefusedThoughImageIoCouldReadIt() {
        assertRefused(Reason.NOT_PNG_OR_JPEG, TestPictures.bmp(drawing(50, 50, TYPE_INT_RGB)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>",
                "<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>",
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj",
                "RIFF\u0024\u0000\u0000\u0000WEBPVP8 \u0018\u0000\u0000\u0000",
                "GIF89a\u0001\u0000\u0001\u0000",
                "just some text, maybe a CSV; exercise,reps",
                "\u0089PNG", // too short to be the PNG signature
                "\u00ff\u00d8", // too short to be a JPEG
            })
    void otherContentIsRefused(String content) {
        assertRefused(Reason.NOT_PNG_OR_JPEG, content.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void truncatedPngIsDamaged() {
        byte[] picture = png(drawing(400, 300, TYPE_INT_RGB));
        assertRefused(Reason.DAMAGED, Arrays.copyOf(picture, picture.length / 2));
        assertRefused(Reason.DAMAGED, Arrays.copyOf(picture, picture.length - 1));
        assertRefused(Reason.DAMAGED, Arrays.copyOf(picture, 40));
        assertRefused(Reason.DAMAGED, Arrays.copyOf(picture, 8));
    }

    @Test
    void truncatedJpegIsDamaged() {
        byte[] picture = jpeg(drawing(400, 300, TYPE_INT_RGB));
        assertRefused(Reason.DAMAGED, Arrays.copyOf(picture, picture.length / 2));
        assertRefused(Reason.DAMAGED, Arrays.copyOf(picture, picture.length - 2));
        assertRefused(Reason.DAMAGED, Arrays.copyOf(picture, 3));
    }

    @Test
    void pngWithAFlippedBitIsDamaged() {
        byte[] picture = png(drawing(400, 300, TYPE_INT_RGB));
        picture[picture.length / 2] ^= 0x10;
        assertRefused(Reason.DAMAGED, picture);
    }

    @Test
    void jpegWithGarbageForImageDataIsDamaged() {
        byte[] picture = jpeg(drawing(400, 300, TYPE_INT_RGB));
        // keep the headers, replace the second half of the picture with a marker-free pattern
        for (int i = picture.length / 2; i < picture.length - 2; i++) {
            picture[i] = (byte) (i % 7 == 0 ? 0xff : 0x00);
        }
        assertRefused(Reason.DAMAGED, picture);
    }

    @Test
    void pngClaimingTwentyThousandSquareIsRefusedBeforeDecoding() {
        // no pixel data at all: had it been decoded, it would be DAMAGED
        assertRefused(Reason.TOO_MANY_PIXELS, TestPictures.pngHeaderClaiming(20_000, 20_000));
        assertRefused(Reason.TOO_MANY_PIXELS, TestPictures.pngHeaderClaiming(10_001, 10));
        assertRefused(Reason.TOO_MANY_PIXELS, TestPictures.pngHeaderClaiming(10, 10_001));
        assertRefused(Reason.TOO_MANY_PIXELS, TestPictures.pngHeaderClaiming(8_000, 6_000));
        assertRefused(Reason.TOO_MANY_PIXELS, TestPictures.pngHeaderClaiming(Integer.MAX_VALUE, 1));
    }

    @Test
    void sizeJustWithinTheLimitsIsDecoded() {
        // 10,000 x 4,000 is exactly 40 MP: allowed, so the missing pixel data is what fails
        assertRefused(Reason.DAMAGED, TestPictures.pngHeaderClaiming(10_000, 4_000));
    }

    @Test
    void jpegClaimingTwentyThousandSquareIsRefusedBeforeDecoding() {
        assertRefused(Reason.TOO_MANY_PIXELS, TestPictures.jpegClaiming(20_000, 20_000));
        assertRefused(Reason.TOO_MANY_PIXELS, TestPictures.jpegClaiming(60_000, 100));
    }

    @Test
    void jpegSizeJustWithinTheLimitsIsDecoded() {
        // 40 MP allowed; the 16 x 16 image data cannot fill it
        assertRefused(Reason.DAMAGED, TestPictures.jpegClaiming(10_000, 4_000));
    }

    @Test
    void pngWithZeroWidthIsDamaged() {
        assertRefused(Reason.DAMAGED, TestPictures.pngHeaderClaiming(0, 100));
    }

    @Test
    void jpegWithThousandsOfScansIsRefused() {
        byte[] picture = jpeg(drawing(100, 100, TYPE_INT_RGB));
        // scan headers repeated after the real image: the count alone refuses it
        byte[] scan = TestPictures.segment(0xda, new byte[] {1, 1, 0, 0, 0x3f, 0});
        byte[] many = Arrays.copyOf(picture, picture.length - 2);
        for (int i = 0; i < PictureUpload.MAX_JPEG_SCANS + 1; i++) {
            many = concat(many, concat(scan, new byte[] {0x12, 0x34}));
        }
        many = concat(many, new byte[] {(byte) 0xff, (byte) 0xd9});
        assertEquals(Reason.DAMAGED, refusal(many).reason());
        assertTrue(refusal(many).getMessage().contains("scans"), refusal(many).getMessage());
    }

    @Test
    void refusalSaysWhyInItsMessage() {
        RejectedPicture r = refusal(TestPictures.pngHeaderClaiming(20_000, 20_000));
        assertTrue(r.getMessage().contains("20000x20000"), r.getMessage());
    }

    private static RejectedPicture refusal(byte[] upload) {
        return assertThrows(RejectedPicture.class, () -> PictureUpload.clean(upload));
    }

    private static void assertRefused(Reason reason, byte[] upload) {
        RejectedPicture r = refusal(upload);
        assertEquals(reason, r.reason(), r.getMessage());
    }

    private static void assertDark(int rgb) {
        Color c = new Color(rgb);
        assertTrue(c.getRed() + c.getGreen() + c.getBlue() < 60, "dark: " + c);
    }

    private static void assertRed(int rgb) {
        Color c = new Color(rgb);
        assertTrue(c.getRed() > 200 && c.getGreen() < 60 && c.getBlue() < 60, "red: " + c);
    }

    @Test
    void cleanPictureDoesNotPrintItsBytes() throws Exception {
        CleanPicture clean = PictureUpload.clean(png(drawing(10, 10, TYPE_INT_RGB)));
        assertTrue(clean.toString().startsWith("CleanPicture[image/png, 10x10, "), clean.toString());
        assertArrayEquals(clean.bytes(), clean.bytes());
    }
}
