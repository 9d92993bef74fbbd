package app.gaitway.patientside.handout;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way markup gets into a handout: SVG made by Gaitway's own code (the exercise drawer and the QR code),
 * never a text a person typed. The template does not see the markup at all; it marks a place with
 * {@code data-svg="<id>"} and, once the rendered page is parsed, {@link #insertInto} puts the parsed SVG there.
 * Everything else on the page (names, notes, steps) goes through {@code th:text} and stays text.
 * <p>
 * As a second line of defence, what is inserted loses scripts, foreign objects, event handlers and links that
 * leave the picture; the PDF renderer is also told to fetch nothing.
 */
final class GeneratedSvg {

    static final String PLACE = "data-svg";

    private final Map<String, String> markup = new HashMap<>();

    /** Keeps drawn markup and gives the id its place in the template carries. */
    String add(String svg) {
        String id = "svg" + (markup.size() + 1);
        markup.put(id, svg);
        return id;
    }

    /** Replaces each marked place of the page with its SVG, sized by the page's CSS. */
    void insertInto(Document page, DocumentBuilder parser) {
        List<Element> places = new ArrayList<>();
        collectPlaces(page.getDocumentElement(), places);
        for (Element place : places) {
            String id = place.getAttribute(PLACE);
            String svg = markup.get(id);
            if (svg == null) {
                throw new IllegalStateException("No drawing for place " + id);
            }
            Element drawing = (Element) page.importNode(parse(svg, parser), true);
            drawing.removeAttribute("width");
            drawing.removeAttribute("height");
            clean(drawing);
            place.removeAttribute(PLACE);
            place.appendChild(drawing);
        }
    }

    private static Element parse(String svg, DocumentBuilder parser) {
        try {
            Element root = parser.parse(new InputSource(new StringReader(svg))).getDocumentElement();
            if (!"svg".equals(root.getLocalName())) {
                throw new IllegalArgumentException("Not an SVG drawing: <" + root.getLocalName() + ">");
            }
            return root;
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("A drawing is not well-formed SVG", e);
        }
    }

    private static void collectPlaces(Element element, List<Element> places) {
        if (element.hasAttribute(PLACE)) {
            places.add(element);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collectPlaces(e, places);
            }
        }
    }

    private static void clean(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = attributes.getLength() - 1; i >= 0; i--) {
            String name = attributes.item(i).getLocalName() == null
                    ? attributes.item(i).getNodeName()
                    : attributes.item(i).getLocalName();
            String value = attributes.item(i).getNodeValue();
            if (name.toLowerCase().startsWith("on") || name.equals("href") && !value.startsWith("#")) {
                element.removeAttributeNode((org.w3c.dom.Attr) attributes.item(i));
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = children.getLength() - 1; i >= 0; i--) {
            if (children.item(i) instanceof Element child) {
                String name = child.getLocalName();
                if ("script".equals(name) || "foreignObject".equals(name) || "image".equals(name)) {
                    element.removeChild(child);
                } else {
                    clean(child);
                }
            }
        }
    }
}
