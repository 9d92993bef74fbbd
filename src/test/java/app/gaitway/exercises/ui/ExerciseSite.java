package app.gaitway.exercises.ui;

import app.gaitway.exercises.pictures.TestPictures;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exercise library as the integration tests read it over HTTP: the cards of a library page, the parts of
 * an exercise page and the rendered exercise form. The tests sign in as a therapist of a clinic of their own
 * ({@link app.gaitway.testdata.Therapists}), so the clinic's library holds exactly what the test put there.
 * Shared by the *IT classes of app.gaitway.exercises and the browser test.
 */
public final class ExerciseSite {

    public static final int BUILT_IN_COUNT = 47;
    public static final int PAGE_SIZE = 24;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CARD = Pattern.compile(
            "<li class=\"exercise-card\">(.*?)</li>\\s*(?=<li class=\"exercise-card\">|</ul>)", Pattern.DOTALL);
    private static final Pattern EXERCISE_PATH = Pattern.compile("^/exercises/(\\d+)$");

    private ExerciseSite() {}

    /** One card of the library grid. */
    public record Card(
            long id,
            String name,
            String alsoCalled,
            String category,
            boolean ours,
            String startPicture,
            String endPicture) {}

    // --- people ---

    public static String uniqueName(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    // --- the library page ---

    /** GET /exercises with the given query parameters (name, value, name, value, ...), asserting 200. */
    public static Page library(WebClient client, String... nameValues) {
        StringBuilder path = new StringBuilder("/exercises");
        for (int i = 0; i < nameValues.length; i += 2) {
            path.append(i == 0 ? '?' : '&')
                    .append(nameValues[i])
                    .append('=')
                    .append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
        }
        Page page = client.get(path.toString());
        assertEquals(200, page.status(), "GET " + path + ":\n" + page.body());
        return page;
    }

    public static List<Card> cards(Page page) {
        List<Card> cards = new ArrayList<>();
        Matcher m = CARD.matcher(page.body());
        while (m.find()) {
            String li = m.group(1);
            Matcher link = Pattern.compile("href=\"/exercises/(\\d+)\"").matcher(li);
            assertTrue(link.find(), "card without a link: " + li);
            List<String> pictures = new ArrayList<>();
            Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(li);
            while (img.find()) {
                pictures.add(WebClient.unescape(img.group(1)));
            }
            assertEquals(2, pictures.size(), "a card shows a start and an end picture: " + li);
            cards.add(new Card(
                    Long.parseLong(link.group(1)),
                    first(li, "<span class=\"exercise-card__name\">(.*?)</span>"),
                    first(li, "<p class=\"exercise-card__also muted\">(.*?)</p>"),
                    first(li, "<span class=\"badge\">(.*?)</span>"),
                    li.contains("badge badge--ok"),
                    pictures.get(0),
                    pictures.get(1)));
        }
        return cards;
    }

    public static List<String> names(Page page) {
        return cards(page).stream().map(Card::name).toList();
    }

    /** The number the page says it found ("45 exercises", "1 exercise", "No exercises match"). */
    public static int count(Page page) {
        String text = first(page.body(), "<p class=\"library-count\" role=\"status\">(.*?)</p>");
        assertTrue(text != null, "no result count on the page:\n" + page.body());
        if (text.equals("No exercises match")) {
            return 0;
        }
        Matcher m = Pattern.compile("^(\\d{1,3}(?:,\\d{3})*) exercises?$").matcher(text);
        assertTrue(m.matches(), "unexpected count text: " + text);
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    /** Every card over all pages of a library search (follows "Next page"). */
    public static List<Card> allCards(WebClient client, String... nameValues) {
        Page page = library(client, nameValues);
        List<Card> all = new ArrayList<>(cards(page));
        for (int guard = 0; guard < 500; guard++) {
            String next = raw(page.body(), "rel=\"next\"\\s+href=\"([^\"]+)\"");
            if (next == null) {
                return all;
            }
            page = client.get(WebClient.unescape(next));
            assertEquals(200, page.status());
            all.addAll(cards(page));
        }
        throw new AssertionError("more than 500 pages");
    }

    /** The id of a built-in exercise, found through the library search by its exact name. */
    public static long builtInId(WebClient client, String name) {
        return cards(library(client, "q", name)).stream()
                .filter(c -> c.name().equals(name) && !c.ours())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no built-in exercise named " + name))
                .id();
    }

    // --- an exercise page ---

    public static Page exercise(WebClient client, long id) {
        Page page = client.get("/exercises/" + id);
        assertEquals(200, page.status(), "GET /exercises/" + id + ":\n" + page.body());
        return page;
    }

    public static List<String> steps(Page page) {
        return items(section(page, "<ol class=\"exercise-steps\">(.*?)</ol>"));
    }

    public static List<String> cues(Page page) {
        return items(section(page, "aria-labelledby=\"cues-heading\">(.*?)</section>"));
    }

    /** The default dosage as the page words it: the amount, how often, then the extras. */
    public static List<String> dosage(Page page) {
        String card = section(page, "aria-labelledby=\"dosage-heading\">(.*?)</section>");
        List<String> lines = new ArrayList<>();
        Matcher p = Pattern.compile("<p[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(card);
        while (p.find()) {
            lines.add(text(p.group(1)));
        }
        lines.addAll(items(card));
        return lines;
    }

    /** The easier and harder versions that link to an exercise: the link's path → its text. */
    public static Map<String, String> variationLinks(Page page) {
        Map<String, String> links = new LinkedHashMap<>();
        String card = raw(page.body(), "aria-labelledby=\"versions-heading\">(.*?)</section>");
        if (card == null) {
            return links;
        }
        Matcher a = Pattern.compile("<a href=\"([^\"]+)\">(.*?)</a>", Pattern.DOTALL)
                .matcher(card);
        while (a.find()) {
            links.put(a.group(1), text(a.group(2)));
        }
        return links;
    }

    /** The src of the page's still pictures in order (start, half-way where there is one, end) of the exercise-pictures section). */
    public static List<String> pictures(Page page) {
        return sources(page, "<figure class=\"motion__still\">\\s*<img src=\"([^\"]+)\"");
    }

    /** The src of the page's moving picture; none for uploaded pictures. */
    public static List<String> movingPicture(Page page) {
        return sources(page, "<figure class=\"motion__moving\">\\s*<img src=\"([^\"]+)\"");
    }

    private static List<String> sources(Page page, String pattern) {
        String section = section(page, "<section class=\"exercise-pictures\"(.*?)</section>");
        List<String> src = new ArrayList<>();
        Matcher img = Pattern.compile(pattern).matcher(section);
        while (img.find()) {
            src.add(WebClient.unescape(img.group(1)));
        }
        return src;
    }

    // --- the exercise form ---

    /** Duplicates an exercise through the form as rendered, with a new name; returns the new exercise's id. */
    public static long duplicate(WebClient client, long sourceId, String newName) {
        Page formPage = client.get("/exercises/custom/new?copy=" + sourceId);
        assertEquals(200, formPage.status(), formPage.body());
        Form form = formPage.form("/exercises/custom/new").set("name", newName).add("action", "save");
        return savedId(client.submit(form));
    }

    /** The id of the exercise a successful save redirected to. */
    public static long savedId(Page saved) {
        assertEquals(303, saved.status(), "saving failed:\n" + saved.body());
        Matcher m = EXERCISE_PATH.matcher(saved.location());
        assertTrue(m.matches(), saved.location());
        return Long.parseLong(m.group(1));
    }

    public static Page editPage(WebClient client, long id) {
        Page page = client.get("/exercises/custom/" + id + "/edit");
        assertEquals(200, page.status(), page.body());
        return page;
    }

    public static Form editForm(Page editPage, long id) {
        return editPage.form("/exercises/custom/" + id + "/edit");
    }

    /** The error shown beside a field of the exercise form (the field's own box), or null when there is none. */
    public static String errorBeside(Page page, String field) {
        String byId = raw(page.body(), "<p class=\"field__error\" id=\"" + Pattern.quote(field) + "-error\">(.*?)</p>");
        if (byId != null) {
            return withoutPrefix(byId);
        }
        // checkbox groups and the picture fieldset carry the id on their fieldset, the error right after the legend and
        // hint
        String group = raw(
                page.body(),
                "<fieldset[^>]*id=\"" + Pattern.quote(field) + "\"[^>]*>\\s*<legend>.*?</legend>\\s*"
                        + "(?:<p class=\"field__hint\">[^<]*</p>\\s*)?<p class=\"field__error\">(.*?)</p>");
        if (group != null) {
            return withoutPrefix(group);
        }
        // an angle of the pose table: the error sits in the input's cell
        return first(
                page.body(),
                "<input[^>]*id=\"" + Pattern.quote(field) + "\"[^>]*>\\s*<span class=\"field__error\">(.*?)</span>");
    }

    private static String withoutPrefix(String html) {
        return text(html.replaceAll("<span class=\"visually-hidden\">[^<]*</span>", ""));
    }

    /** The value of a text input, textarea or selected option as the re-rendered form shows it. */
    public static String shownValue(Page page, String formAction, String field) {
        return page.form(formAction).get(field);
    }

    // --- uploaded pictures ---

    /** Posts the edit page's upload form with the given start and end parts (its own token and version). */
    public static Page uploadPictures(WebClient client, long id, WebClient.Part start, WebClient.Part end) {
        Form form = editPage(client, id).form("/exercise-uploads/" + id + "/pictures");
        List<WebClient.Part> parts = new ArrayList<>();
        form.fields().forEach(f -> parts.add(WebClient.Part.field(f.getKey(), f.getValue())));
        parts.add(start);
        parts.add(end);
        return client.postMultipart(form.action(), parts);
    }

    /** A picture with something in it: bands of colour, a dark square, a red bar. */
    public static BufferedImage drawing(int width, int height) {
        return TestPictures.drawing(width, height, BufferedImage.TYPE_INT_RGB);
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A real PNG carrying {@code marker} in a tEXt chunk right after its header. */
    public static byte[] pngWithText(int width, int height, String marker) {
        byte[] png = encode(drawing(width, height), "png");
        byte[] data = ("Comment\0" + marker).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length)
                .put("tEXt".getBytes(StandardCharsets.US_ASCII))
                .put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return splice(png, 8 + 25, chunk.array());
    }

    /**
     * A real JPEG carrying {@code marker} twice right after its start marker: in an EXIF segment (as the image
     * description, beside a GPS directory) and in a comment segment.
     */
    public static byte[] jpegWithExif(int width, int height, String marker) {
        byte[] jpeg = encode(drawing(width, height), "jpeg");
        byte[] text = (marker + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + 2 + 12 + 4 + text.length);
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + 2 * 12 + 4;
        int textAt = gpsIfd + 2 + 12 + 4;
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010e).putShort((short) 2).putInt(text.length).putInt(textAt); // ImageDescription
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd); // GPS directory
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putInt(0);
        tiff.put(text);
        byte[] exif = segment(0xe1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array()));
        byte[] comment = segment(0xfe, ("Taken at " + marker).getBytes(StandardCharsets.US_ASCII));
        return splice(jpeg, 2, concat(exif, comment));
    }

    private static byte[] segment(int marker, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(4 + payload.length);
        b.put((byte) 0xff)
                .put((byte) marker)
                .putShort((short) (payload.length + 2))
                .put(payload);
        return b.array();
    }

    private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
        return concat(concat(Arrays.copyOf(bytes, at), inserted), Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    public static boolean containsText(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    public static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertTrue(image != null, "not a picture ImageIO reads");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the shipped library, read from the files the server imported ---

    /** The built-in exercises as shipped (src/main/resources/exercises/library), by slug, in index order. */
    public static Map<String, JsonNode> shippedLibrary() {
        Map<String, JsonNode> library = new LinkedHashMap<>();
        for (JsonNode slug : resource("index.json").get("exercises")) {
            library.put(slug.asText(), resource(slug.asText() + ".json"));
        }
        return library;
    }

    private static JsonNode resource(String file) {
        try (InputStream in = ExerciseSite.class.getResourceAsStream("/exercises/library/" + file)) {
            if (in == null) {
                throw new IllegalStateException("exercises/library/" + file + " is not on the test class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    // --- HTML ---

    /** Visible text of an HTML fragment: tags removed, entities resolved, spaces collapsed. */
    public static String text(String html) {
        return WebClient.unescape(html.replaceAll("<[^>]+>", " "))
                .replaceAll("\\s+", " ")
                .strip()
                .replace(" ,", ",")
                .replace(" :", ":")
                .replace(" .", ".");
    }

    private static List<String> items(String html) {
        List<String> items = new ArrayList<>();
        Matcher li = Pattern.compile("<li[^>]*>(.*?)</li>", Pattern.DOTALL).matcher(html);
        while (li.find()) {
            items.add(text(li.group(1)));
        }
        return items;
    }

    private static String section(Page page, String regex) {
        String s = raw(page.body(), regex);
        assertTrue(s != null, "nothing matches " + regex + " on the page:\n" + page.body());
        return s;
    }

    /** The first group of the first match, as HTML; null when nothing matches. */
    private static String raw(String html, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(1) : null;
    }

    /** The first group of the first match, as text; null when nothing matches. */
    private static String first(String html, String regex) {
        String r = raw(html, regex);
        return r == null ? null : text(r);
    }
}
