package app.gaitway.patientside.handout;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The fonts embedded in every handout (DejaVu Sans, and its mono bold for the typed link: they print names in
 * any European script and tell 0 from O). Parsing a font file costs more than a third of a render, so parsed
 * fonts are kept; a parsed font is not safe for two threads at once, so each render borrows a whole set and
 * gives it back. Only the glyphs used go into a PDF.
 */
final class HandoutFonts {

    static final String SANS = "Handout Sans";
    static final String MONO = "Handout Mono";
    private static final int KEPT = 4;

    private final byte[] regular = HandoutPdf.resource("fonts/DejaVuSans.ttf");
    private final byte[] bold = HandoutPdf.resource("fonts/DejaVuSans-Bold.ttf");
    private final byte[] monoBold = HandoutPdf.resource("fonts/DejaVuSansMono-Bold.ttf");
    private final ConcurrentLinkedQueue<Parsed> idle = new ConcurrentLinkedQueue<>();

    /** Three parsed fonts, used by one render at a time. */
    final class Parsed {

        private final TrueTypeFont regular = parse(HandoutFonts.this.regular);
        private final TrueTypeFont bold = parse(HandoutFonts.this.bold);
        private final TrueTypeFont monoBold = parse(HandoutFonts.this.monoBold);

        /** Puts the fonts into the document the builder writes, as subsets. */
        void useIn(PdfRendererBuilder builder, PDDocument document) {
            try {
                builder.useFont(supplier(document, regular), SANS, 400, FontStyle.NORMAL, true)
                        .useFont(supplier(document, bold), SANS, 700, FontStyle.NORMAL, true)
                        .useFont(supplier(document, monoBold), MONO, 700, FontStyle.NORMAL, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static PDFontSupplier supplier(PDDocument document, TrueTypeFont font) throws IOException {
            // This overload leaves the parsed font open when the document closes, so the next render can use it.
            return new PDFontSupplier(PDType0Font.load(document, font, true));
        }
    }

    Parsed borrow() {
        Parsed fonts = idle.poll();
        return fonts != null ? fonts : new Parsed();
    }

    void giveBack(Parsed fonts) {
        if (idle.size() < KEPT) {
            idle.offer(fonts);
        }
    }

    private static TrueTypeFont parse(byte[] file) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
