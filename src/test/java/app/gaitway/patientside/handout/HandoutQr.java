package app.gaitway.patientside.handout;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a handout the way a patient does: the first page printed (rendered by PDFBox), its QR code scanned (ZXing
 * reading the whole page, as a phone camera sees the sheet) and the link typed out under the code read as text.
 */
public final class HandoutQr {

    /** A printer's resolution: the 32 mm code is then about 10 pixels a module, like a phone held over the sheet. */
    public static final float PRINT_DPI = 300;

    /** A link as printed: an address, then "/p/" and the secret in groups (the text may break it across lines). */
    private static final Pattern PRINTED_LINK = Pattern.compile(
            "https?://[^\\s/]+/p/[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}-[0-9A-HJKMNP-TV-Z]{2}");

    private HandoutQr() {}

    /** The first page as a printer at this resolution puts it on paper. */
    public static BufferedImage firstPage(byte[] pdf, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
    }

    /** The text of the QR code on the page, if a scanner finds and reads one. */
    public static Optional<String> scan(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        int[] pixels = page.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return Optional.of(new QRCodeReader()
                    .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText());
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return Optional.empty();
        }
    }

    /** The link typed out on the first page (under the QR code), with the line breaks of the text taken out. */
    public static Optional<String> printedLink(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            Matcher link = PRINTED_LINK.matcher(stripper.getText(document).replaceAll("\\s+", ""));
            return link.find() ? Optional.of(link.group()) : Optional.empty();
        }
    }
}
