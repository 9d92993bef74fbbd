package app.gaitway.exercises.illustration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pictures are well-formed, accessible and CSP-safe. Also writes every sample to
 * target/illustrations/ so a person can look at them (see ILLUSTRATION-FORMAT.md).
 */
class SvgRendererTest {

    static List<String> samples() {
        return Samples.NAMES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void picturesAreWellFormedAccessibleAndHaveNoInlineStyle(String name) throws Exception {
        RenderedIllustration r = SvgRenderer.render(Samples.load(name), Samples.title(name), name);
        for (String svg : List.of(r.startSvg(), r.endSvg())) {
            Document doc = parse(svg);
            Element root = doc.getDocumentElement();
            assertEquals("svg", root.getTagName());
            assertEquals("img", root.getAttribute("role"));
            assertEquals("0 0 400 300", root.getAttribute("viewBox"));
            assertEquals(1, doc.getElementsByTagName("title").getLength());
            assertFalse(
                    doc.getElementsByTagName("title").item(0).getTextContent().isBlank());
            assertFalse(
                    doc.getElementsByTagName("desc").item(0).getTextContent().isBlank());
            assertEquals(0, doc.getElementsByTagName("style").getLength());
            NodeList all = doc.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                assertFalse(((Element) all.item(i)).hasAttribute("style"), name + ": style attribute found");
            }
            assertFalse(svg.contains("NaN") || svg.contains("Infinity"), name);
        }
    }

    @Test
    void textIsEscaped() throws Exception {
        RenderedIllustration r = SvgRenderer.render(Samples.load("clamshell"), "Clam <shell> & \"co\"", "x");
        Document doc = parse(r.startSvg());
        assertEquals(
                "Clam <shell> & \"co\": start position",
                doc.getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    void generatedTextDescribesThePose() {
        Illustration ill = Samples.load("banded-side-step");
        Pose withoutAlt = new Pose(
                ill.start().posture(),
                ill.start().trunkFlexion(),
                0,
                ill.start().left(),
                ill.start().right(),
                ill.start().supports(),
                null);
        String text = AltText.describe(withoutAlt, ill.props());
        assertEquals("Standing, a band above your knees.", text);
    }

    @Test
    void writesSamplesForPeopleToLookAt() throws Exception {
        Path dir = Path.of("target", "illustrations");
        Files.createDirectories(dir);
        for (String name : Samples.NAMES) {
            RenderedIllustration r = SvgRenderer.render(Samples.load(name), Samples.title(name), name);
            Files.writeString(dir.resolve(name + "-start.svg"), r.startSvg());
            Files.writeString(dir.resolve(name + "-end.svg"), r.endSvg());
            assertTrue(Files.size(dir.resolve(name + "-end.svg")) > 500);
        }
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aMatSeenFromAboveIsAFloorSlabNarrowingAwayFromTheViewer() throws Exception {
        List<double[]> mat = polygon(
                SvgRenderer.render(Samples.load("clamshell"), "Clamshell", "c").startSvg(), Palette.PROP_FILL);
        assertEquals(4, mat.size(), "a four-cornered floor area");
        double[] nearLeft = mat.get(0);
        double[] nearRight = mat.get(1);
        double[] farRight = mat.get(2);
        double[] farLeft = mat.get(3);
        assertEquals(nearLeft[1], nearRight[1], 1e-6, "the near edge is level");
        assertEquals(farLeft[1], farRight[1], 1e-6, "the far edge is level");
        assertTrue(farLeft[1] < nearLeft[1], "the far edge is higher in the picture");
        double near = nearRight[0] - nearLeft[0];
        double far = farRight[0] - farLeft[0];
        // drawn square it read as an upright panel behind the figure; narrowing away it reads as floor
        assertTrue(far < near - 4, "far edge " + far + " px is not narrower than the near edge " + near + " px");
        assertTrue(far >= near * (1 - 2 * PropPainter.MAT_MAX_NARROWING) - 1e-6, "narrowed at most 8 % each side");
    }

    @Test
    void aMatSeenLevelStaysAFlatStrip() throws Exception {
        String svg =
                SvgRenderer.render(Samples.load("hip-bridge"), "Bridge", "b").startSvg();
        assertEquals(List.of(), polygon(svg, Palette.PROP_FILL), "no floor area drawn when the viewer is level");
    }

    @Test
    void theStrapRunsFromTheHandsToTheFoot() {
        Illustration ill = Samples.load("hamstring-stretch");
        RenderedIllustration r = SvgRenderer.render(ill, "Hamstring stretch", "h");
        assertTrue(r.startSvg().contains("<polyline"), "strap drawn");
        assertTrue(r.startText().contains("strap"), r.startText());
    }

    @Test
    void aTorsoLyingOnItsSideSeenFromTheFrontNarrowsAtTheWaist() throws Exception {
        List<double[]> torso = torso(
                SvgRenderer.render(Samples.load("clamshell"), "Clamshell", "c").startSvg());
        // drawn in at the waist: the outline leaves a clear bite out of the box round shoulders and hips
        double filled = area(torso) / area(SvgRenderer.hull(torso));
        assertTrue(filled < 0.93, "outline fills " + filled + " of its hull: no waist");
    }

    @Test
    void aStandingTorsoKeepsItsPlainOutline() throws Exception {
        List<double[]> torso = torso(SvgRenderer.render(Samples.load("standing-hip-abduction"), "Abduction", "s")
                .startSvg());
        double filled = area(torso) / area(SvgRenderer.hull(torso));
        assertTrue(filled > 0.99, "outline fills only " + filled + " of its hull");
    }

    /** The area inside a polygon that does not cross itself (shoelace formula). */
    private static double area(List<double[]> polygon) {
        double twice = 0;
        for (int i = 0; i < polygon.size(); i++) {
            double[] a = polygon.get(i);
            double[] b = polygon.get((i + 1) % polygon.size());
            twice += a[0] * b[1] - b[0] * a[1];
        }
        return Math.abs(twice) / 2;
    }

    /** The points of the first polygon filled with {@code fill}, or none. */
    private static List<double[]> polygon(String svg, String fill) throws Exception {
        NodeList polygons = parse(svg).getElementsByTagName("polygon");
        for (int i = 0; i < polygons.getLength(); i++) {
            Element p = (Element) polygons.item(i);
            if (p.getAttribute("fill").equals(fill)) {
                return java.util.Arrays.stream(p.getAttribute("points").split(" "))
                        .map(xy -> java.util.Arrays.stream(xy.split(","))
                                .mapToDouble(Double::parseDouble)
                                .toArray())
                        .toList();
            }
        }
        return List.of();
    }

    /** The points of the torso's fill polygon. */
    private static List<double[]> torso(String svg) throws Exception {
        NodeList polygons = parse(svg).getElementsByTagName("polygon");
        for (int i = 0; i < polygons.getLength(); i++) {
            Element p = (Element) polygons.item(i);
            if (p.getAttribute("fill").equals(Palette.TORSO)) {
                return java.util.Arrays.stream(p.getAttribute("points").split(" "))
                        .map(xy -> java.util.Arrays.stream(xy.split(","))
                                .mapToDouble(Double::parseDouble)
                                .toArray())
                        .toList();
            }
        }
        throw new AssertionError("no torso in " + svg);
    }
}
