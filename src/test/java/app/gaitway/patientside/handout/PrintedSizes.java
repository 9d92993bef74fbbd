package app.gaitway.patientside.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader of a printed sheet sees, measured on the PDF with PDFBox: the size each letter is printed at, and the
 * printed width of each picture. The drawings (and the QR code) go in as form XObjects and uploaded photos as images;
 * both are placed with the {@code Do} operator, whose transformation gives their size on paper.
 */
public final class PrintedSizes {

    public static final float POINTS_PER_MM = 72 / 25.4f;

    private PrintedSizes() {}

    /**
     * A letter as printed: the character, its size in points, the page (1 is the first), and how far its right edge
     * is from the paper's right edge in millimetres (negative: cut off).
     */
    public record Letter(String text, float points, int page, float roomRightMm) {}

    /** A picture as placed on a page (1 is the first), in millimetres. */
    public record Placed(int page, float widthMm, float heightMm) {}

    /** Every letter of the document (spaces left out) with its printed size. */
    public static List<Letter> letters(byte[] pdf) throws IOException {
        List<Letter> letters = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        if (!p.getUnicode().isBlank()) {
                            float room = (p.getPageWidth() - p.getXDirAdj() - p.getWidthDirAdj()) / POINTS_PER_MM;
                            letters.add(new Letter(p.getUnicode(), p.getFontSizeInPt(), getCurrentPageNo(), room));
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
        }
        return letters;
    }

    /** Every picture (drawing, QR code, photo) placed on the pages, with its size on paper. */
    public static List<Placed> pictures(byte[] pdf) throws IOException {
        List<Placed> placed = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                new Placements(placed, number).processPage(page);
            }
        }
        return placed;
    }

    /** The text of one page (1 is the first), its white space made single spaces. */
    public static String text(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Follows the graphics state through a page and notes where each XObject is drawn, without going into it. */
    private static final class Placements extends PDFStreamEngine {

        private final List<Placed> placed;
        private final int page;

        Placements(List<Placed> placed, int page) {
            this.placed = placed;
            this.page = page;
            addOperator(new Concatenate(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new SetMatrix(this));
            addOperator(new SetGraphicsStateParameters(this));
            addOperator(new DrawObject(this));
        }

        @Override
        public void showForm(PDFormXObject form) {
            PDRectangle box = form.getBBox();
            Matrix m = form.getMatrix().multiply(getGraphicsState().getCurrentTransformationMatrix());
            note(m, box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY());
        }

        @Override
        protected void processOperator(
                org.apache.pdfbox.contentstream.operator.Operator operator,
                List<org.apache.pdfbox.cos.COSBase> operands)
                throws IOException {
            if ("Do".equals(operator.getName())
                    && !operands.isEmpty()
                    && operands.get(0) instanceof org.apache.pdfbox.cos.COSName name
                    && getResources().isImageXObject(name)) {
                PDImage image = (PDImage) getResources().getXObject(name);
                if (image != null) {
                    // an image fills the unit square of the current transformation
                    note(getGraphicsState().getCurrentTransformationMatrix(), 0, 0, 1, 1);
                    return;
                }
            }
            super.processOperator(operator, operands);
        }

        private void note(Matrix m, float x0, float y0, float x1, float y1) {
            Point2D.Float a = m.transformPoint(x0, y0);
            Point2D.Float b = m.transformPoint(x1, y1);
            placed.add(new Placed(page, Math.abs(b.x - a.x) / POINTS_PER_MM, Math.abs(b.y - a.y) / POINTS_PER_MM));
        }
    }
}
