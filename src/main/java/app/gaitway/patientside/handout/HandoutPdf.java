package app.gaitway.patientside.handout;

import app.gaitway.patientside.HandoutView;
import app.gaitway.shared.cache.BoundedCache;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.messageresolver.StandardMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.UrlTemplateResolver;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The printed handout of a home exercise program, as a PDF made on the server from the same {@link HandoutView}
 * as the patient's link page: clinic header, instructions, the "stop and call us" box with the QR code of the
 * link, every exercise with its two pictures (drawings stay vectors), and a two-week log to tick.
 * <p>
 * The template {@code templates/patientside/handout-pdf.html} is rendered by a Thymeleaf engine of its own (XML
 * mode: well-formed XHTML, every text escaped) with the texts of {@code sharing/handout.properties} and the
 * stylesheet {@code sharing/handout.css}; drawings are put in by {@link GeneratedSvg}. Fonts are embedded
 * (DejaVu Sans, so names in any European script print), nothing is fetched from anywhere. One instance serves
 * all threads; the template, texts, fonts and font metrics are read once.
 */
public final class HandoutPdf {

    /** Where the template lies under the templates folder (in the WAR: under /WEB-INF/views/). */
    public static final String TEMPLATE = "patientside/handout-pdf.html";

    private static final String RESOURCES = "/sharing/";

    // Every render names PDF's standard fonts, and PDFBox warns each time that the machine has no Symbol or
    // ZapfDingbats to draw them with; handouts never use them (all text is in the embedded fonts). Kept in a
    // field: the logging system holds its loggers only weakly, and would forget the level.
    private static final Logger STANDARD_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    static {
        STANDARD_FONTS.setLevel(Level.SEVERE);
        // OpenHTMLtoPDF tells at INFO how each render went: keep its warnings only.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    /**
     * Made handouts, by the digest of their view: an eight-exercise handout takes about 120 ms of processor time to
     * make (measured with HandoutSpeedIT, issue 14) and is about 90 kB, a fridge sheet about 40 kB; 16 MB keeps the
     * last couple of hundred. They hold what the paper shows (the patient's first name and link), in memory only,
     * and are served only after the link was checked, as any handout.
     */
    static final long KEPT_BYTES = 16L * 1024 * 1024;

    private final BoundedCache<String, byte[]> made = new BoundedCache<>(KEPT_BYTES, pdf -> pdf.length);
    private final Map<Sheet, String> templates = new EnumMap<>(Sheet.class);
    private final TemplateEngine engine;
    private final String css;
    private final HandoutFonts fonts = new HandoutFonts();
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new Cache();
    private final DocumentBuilderFactory xml;

    /**
     * @param template the address of {@code handout-pdf.html}: a file in the work tree, a resource of the WAR; the
     *                 fridge sheet's template lies next to it
     */
    public HandoutPdf(URL template) {
        if (template == null) {
            throw new IllegalArgumentException("The handout template " + TEMPLATE + " was not found");
        }
        for (Sheet sheet : Sheet.values()) {
            try {
                templates.put(sheet, new URL(template, sheet.file).toExternalForm());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }
        this.engine = engine();
        this.css = new String(resource("handout.css"), StandardCharsets.UTF_8);
        this.xml = xmlParsers();
    }

    /** The handout on A4 paper. */
    public byte[] render(HandoutView view) {
        return render(view, Paper.A4);
    }

    /** The handout on US Letter paper. */
    public byte[] renderLetter(HandoutView view) {
        return render(view, Paper.LETTER);
    }

    public byte[] render(HandoutView view, Paper paper) {
        return render(view, paper, Sheet.HANDOUT);
    }

    /**
     * The sheet for the view. One made from an equal view before (the same program version, link, patient and
     * clinic details, so the same document) is not made again: it is kept (see {@link #KEPT_BYTES}).
     */
    public byte[] render(HandoutView view, Paper paper, Sheet sheet) {
        String key = ViewDigest.of(view) + "/" + paper + "/" + sheet;
        byte[] pdf = made.get(key);
        if (pdf == null) {
            RENDERS.acquireUninterruptibly();
            try {
                pdf = pdf(page(view, paper, sheet), paper);
            } finally {
                RENDERS.release();
            }
            made.put(key, pdf);
        }
        return pdf.clone();
    }

    /**
     * How many sheets are laid out at once. Laying out is CPU work that holds 20-40 MB of heap while it runs: with the
     * request pool's 16 at once the 256 MB heap filled and the server only collected garbage (measured for issue 14,
     * see src/main/payara/jvm-options.txt). Two, one per core of the machine Gaitway is sized for; others wait.
     */
    private static final Semaphore RENDERS = new Semaphore(2, true);

    /** The page laid out for the PDF renderer: texts escaped, drawings in place. */
    Document page(HandoutView view, Paper paper, Sheet sheet) {
        GeneratedSvg drawings = new GeneratedSvg();
        DocumentBuilder parser = newParser();
        Document page = parse(xhtml(view, paper, sheet, drawings), parser);
        drawings.insertInto(page, parser);
        return page;
    }

    /** The handout's page before drawings are put in and before layout: what a person's text became. */
    String xhtml(HandoutView view, Paper paper, GeneratedSvg drawings) {
        return xhtml(view, paper, Sheet.HANDOUT, drawings);
    }

    String xhtml(HandoutView view, Paper paper, Sheet sheet, GeneratedSvg drawings) {
        // "parts": where the fragments both sheets share (the footer) are found.
        Context context = new Context(
                Locale.ENGLISH,
                Map.of(
                        "page",
                        HandoutPage.of(view, paper, sheet, css, drawings),
                        "parts",
                        templates.get(Sheet.HANDOUT)));
        return engine.process(templates.get(sheet), context);
    }

    byte[] pdf(Document page, Paper paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        HandoutFonts.Parsed parsedFonts = fonts.borrow();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .withW3cDocument(page, null)
                    .useDefaultPageSize(paper.widthMm, paper.heightMm, PageSizeUnits.MM)
                    .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
                    .useExternalResourceAccessControl(
                            HandoutPdf::onlyEmbedded, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(
                            HandoutPdf::onlyEmbedded, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                    .withProducer("Gaitway")
                    .toStream(out);
            parsedFonts.useIn(builder, document);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            fonts.giveBack(parsedFonts);
        }
        return out.toByteArray();
    }

    /** Nothing is fetched: the only resources a handout has are the photos inside it. */
    private static boolean onlyEmbedded(String uri, ExternalResourceType type) {
        return uri != null && uri.startsWith("data:image/") && type == ExternalResourceType.IMAGE_RASTER;
    }

    private TemplateEngine engine() {
        UrlTemplateResolver templates = new UrlTemplateResolver();
        templates.setTemplateMode(TemplateMode.XML);
        templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
        templates.setCacheable(true);
        StandardMessageResolver texts = new StandardMessageResolver();
        Properties bundle = new Properties();
        try {
            bundle.load(new InputStreamReader(
                    new ByteArrayInputStream(resource("handout.properties")), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        texts.setDefaultMessages(bundle);
        TemplateEngine e = new TemplateEngine();
        e.setTemplateResolver(templates);
        e.setMessageResolver(texts);
        return e;
    }

    private static Document parse(String xhtml, DocumentBuilder parser) {
        try {
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("The handout template gave malformed XHTML", e);
        }
    }

    private DocumentBuilder newParser() {
        try {
            synchronized (xml) { // a factory is not promised to be thread-safe
                return xml.newDocumentBuilder();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Namespace aware, no DOCTYPE, no external entities: the page and the drawings are ours and self-contained. */
    private static DocumentBuilderFactory xmlParsers() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return factory;
    }

    static byte[] resource(String name) {
        try (InputStream in = HandoutPdf.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing handout resource " + RESOURCES + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font metrics OpenHTMLtoPDF measures once and reuses for every handout. */
    private static final class Cache implements FSCacheEx<String, FSCacheValue> {

        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
