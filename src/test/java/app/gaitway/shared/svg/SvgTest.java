package app.gaitway.shared.svg;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SvgTest {

    private static final String HOSTILE = "Tom's <knee> & \"hip\"";

    @Test
    void escapesTheFiveMarkupCharactersInTextAndAttributes() {
        assertEquals("Tom&#39;s &lt;knee&gt; &amp; &quot;hip&quot;", Svg.escape(HOSTILE));
        String svg = new Svg().text("title", HOSTILE, "data-name", HOSTILE).toString();
        assertEquals(
                "<title data-name=\"Tom&#39;s &lt;knee&gt; &amp; &quot;hip&quot;\">"
                        + "Tom&#39;s &lt;knee&gt; &amp; &quot;hip&quot;</title>",
                svg);
    }

    @Test
    void whatWasTypedReadsBackExactlyAfterParsing() throws Exception {
        Element svg = parse(new Svg()
                .open("svg", "xmlns", "http://www.w3.org/2000/svg", "aria-label", HOSTILE)
                .text("title", HOSTILE)
                .close("svg")
                .toString());
        assertEquals(HOSTILE, svg.getAttribute("aria-label"));
        assertEquals(HOSTILE, svg.getFirstChild().getTextContent());
    }

    @Test
    void dropsWhatXmlCannotHoldAndFoldsLineBreaksIntoSpaces() {
        assertEquals("a b c d", Svg.escape("a\nb\tc\rd"));
        assertEquals("ab", Svg.escape("a\u0000\u0007b"));
        assertEquals("ab", Svg.escape("a\uD800b"), "a lone surrogate");
        assertEquals("ab", Svg.escape("a\uFFFEb"));
        assertEquals("knee \uD83E\uDDB5", Svg.escape("knee \uD83E\uDDB5"), "a character outside the BMP is kept whole");
        assertEquals("", Svg.escape(null));
    }

    @Test
    void coordinatesAreWrittenToATenthWithoutMinusZero() {
        assertEquals("12.5", Svg.num(12.49999));
        assertEquals("3", Svg.num(3.0));
        assertEquals("0", Svg.num(-0.01));
        assertEquals(
                "<line x1=\"1.3\" y1=\"2\" stroke-width=\"1\"/>",
                new Svg()
                        .empty("line", "x1", 1.25, "y1", 2.0, "stroke-width", 1)
                        .toString());
        assertThrows(IllegalStateException.class, () -> Svg.num(Double.NaN));
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        return d.getDocumentElement();
    }
}
