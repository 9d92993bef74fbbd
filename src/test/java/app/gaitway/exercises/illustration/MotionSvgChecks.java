package app.gaitway.exercises.illustration;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What a moving picture must be to play in an {@code <img>} under the Content-Security-Policy. */
final class MotionSvgChecks {

    private MotionSvgChecks() {}

    /** Well-formed, animated with SMIL, described, and free of script, style and event handlers. */
    static Document assertAnimatedSvg(String svg, String what) {
        Document doc = parse(svg, what);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getTagName(), what);
        assertEquals("0 0 400 300", root.getAttribute("viewBox"), what + ": the still pictures' frame");
        assertEquals("img", root.getAttribute("role"), what);
        assertFalse(doc.getElementsByTagName("title").item(0).getTextContent().isBlank(), what);
        assertTrue(doc.getElementsByTagName("desc").item(0).getTextContent().length() > 20, what + ": described");
        int animations = doc.getElementsByTagName("animate").getLength()
                + doc.getElementsByTagName("animateTransform").getLength();
        assertTrue(animations >= 2, what + ": animated, " + animations + " animation elements");
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String tag = e.getTagName().toLowerCase(Locale.ROOT);
            assertFalse(tag.equals("script") || tag.equals("style") || tag.equals("foreignobject"), what + ": " + tag);
            NamedNodeMap attributes = e.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String name = attributes.item(a).getNodeName().toLowerCase(Locale.ROOT);
                assertFalse(
                        name.equals("style") || name.startsWith("on") || name.contains("href"),
                        what + ": attribute " + name + " on " + tag);
            }
            if (tag.startsWith("animate")) {
                assertEquals("indefinite", e.getAttribute("repeatCount"), what + ": loops");
                String[] values = e.getAttribute("values").split(";");
                String keyTimes = e.getAttribute("keyTimes");
                assertEquals(values.length, keyTimes.split(";").length, what + ": a value for each key time");
            }
        }
        return doc;
    }

    static Document parse(String svg, String what) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            return fail(what + ": not well-formed XML: " + e.getMessage());
        }
    }
}
