package app.gaitway.patientside.handout;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratedSvgTest {

    private static final String PAGE =
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><div data-svg=\"svg1\"></div></body></html>";

    @Test
    void putsTheDrawingAtItsPlaceAsSvgElementsSizedByThePage() throws Exception {
        GeneratedSvg drawings = new GeneratedSvg();
        assertEquals(
                "svg1",
                drawings.add(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"300\" viewBox=\"0 0 400 300\"><rect width=\"4\" height=\"3\"/></svg>"));
        Document page = parse(PAGE);
        drawings.insertInto(page, parser());
        Element place = (Element) page.getElementsByTagName("div").item(0);
        Element svg = (Element) place.getFirstChild();
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals("svg", svg.getLocalName());
        assertFalse(svg.hasAttribute("width"), "the stylesheet sizes the picture");
        assertEquals("0 0 400 300", svg.getAttribute("viewBox"));
        assertFalse(place.hasAttribute(GeneratedSvg.PLACE));
    }

    @Test
    void dropsScriptsHandlersForeignObjectsAndOutsideLinks() throws Exception {
        GeneratedSvg drawings = new GeneratedSvg();
        drawings.add(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" onload=\"x()\">"
                        + "<script>x()</script><foreignObject><p>hi</p></foreignObject><image href=\"http://example.org/a.png\"/>"
                        + "<use xlink:href=\"http://example.org/b.svg#c\"/><use href=\"#ok\"/><rect onclick=\"x()\" width=\"1\"/></svg>");
        Document page = parse(PAGE);
        drawings.insertInto(page, parser());
        Element svg = (Element) page.getElementsByTagName("div").item(0).getFirstChild();
        assertFalse(svg.hasAttribute("onload"));
        assertEquals(0, svg.getElementsByTagNameNS("*", "script").getLength());
        assertEquals(0, svg.getElementsByTagNameNS("*", "foreignObject").getLength());
        assertEquals(0, svg.getElementsByTagNameNS("*", "image").getLength());
        Element outside = (Element) svg.getElementsByTagNameNS("*", "use").item(0);
        assertFalse(outside.hasAttributeNS("http://www.w3.org/1999/xlink", "href"));
        Element inside = (Element) svg.getElementsByTagNameNS("*", "use").item(1);
        assertEquals("#ok", inside.getAttribute("href"));
        Element rect = (Element) svg.getElementsByTagNameNS("*", "rect").item(0);
        assertFalse(rect.hasAttribute("onclick"));
        assertTrue(rect.hasAttribute("width"));
    }

    @Test
    void refusesWhatIsNotSvgAndPlacesWithoutADrawing() throws Exception {
        GeneratedSvg notSvg = new GeneratedSvg();
        notSvg.add("<p xmlns=\"http://www.w3.org/1999/xhtml\">text</p>");
        assertThrows(IllegalArgumentException.class, () -> notSvg.insertInto(parse(PAGE), parser()));
        assertThrows(IllegalStateException.class, () -> new GeneratedSvg().insertInto(parse(PAGE), parser()));
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder();
    }

    private static Document parse(String xml) throws Exception {
        return parser().parse(new InputSource(new StringReader(xml)));
    }
}
