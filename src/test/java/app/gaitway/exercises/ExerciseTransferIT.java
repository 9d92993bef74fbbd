package app.gaitway.exercises;

import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.exercises.ui.ExerciseSite.Card;
import app.gaitway.testdata.Therapists;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageAssertions;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Download;
import app.gaitway.testing.WebClient.Form;
import app.gaitway.testing.WebClient.Page;
import app.gaitway.testing.WebClient.Part;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.gaitway.exercises.ui.ExerciseSite.count;
import static app.gaitway.exercises.ui.ExerciseSite.library;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sharing a clinic's own exercises with another clinic: the export file, importing it elsewhere (everything
 * arrives as it was), and import files that are refused as a whole with each problem named.
 */
@ExtendWith(SharedServer.class)
class ExerciseTransferIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anExportImportedIntoAnotherClinicGivesItTheSameExercises(GaitwayServer server) throws IOException {
        WebClient sender = Therapists.ofNewClinic(server, "export").client();
        String clamName = ExerciseSite.uniqueName("Our clamshell");
        long clam = ExerciseSite.duplicate(sender, ExerciseSite.builtInId(sender, "Clamshell"), clamName);
        String bridgeName = ExerciseSite.uniqueName("Our bridge");
        long bridge = ExerciseSite.duplicate(sender, ExerciseSite.builtInId(sender, "Hip bridge"), bridgeName);
        Form edit = ExerciseSite.editForm(ExerciseSite.editPage(sender, bridge), bridge)
                .set("sets", "2")
                .set("repsMin", "8")
                .set("repsMax", "12")
                .set("holdSeconds", "5")
                .set(
                        "steps",
                        "Lie on your back, knees bent.\nPush through your heels and lift your hips.\nLower slowly.")
                .add("action", "save");
        assertEquals(303, sender.submit(edit).status());
        assertEquals(
                303,
                ExerciseSite.uploadPictures(
                                sender,
                                bridge,
                                Part.file(
                                        "startPicture",
                                        "start.png",
                                        "image/png",
                                        ExerciseSite.encode(ExerciseSite.drawing(480, 360), "png")),
                                Part.file(
                                        "endPicture",
                                        "end.jpg",
                                        "image/jpeg",
                                        ExerciseSite.encode(ExerciseSite.drawing(400, 300), "jpeg")))
                        .status());
        List<String> bridgePictures = ExerciseSite.pictures(ExerciseSite.exercise(sender, bridge));

        Page transfer = sender.get("/exercises/transfer");
        assertEquals(200, transfer.status());
        assertEquals("Export or import exercises", transfer.heading());
        assertTrue(transfer.contains("href=\"/exercises/transfer/export.json\""));

        Download file = sender.download("/exercises/transfer/export.json");
        assertEquals(200, file.status());
        assertTrue(file.contentType().startsWith("application/json"), file.contentType());
        assertTrue(
                file.headers()
                        .firstValue("Content-Disposition")
                        .orElse("")
                        .matches("attachment; filename=\"gaitway-exercises-\\d{4}-\\d{2}-\\d{2}\\.json\""),
                file.headers().map().toString());
        JsonNode export = JSON.readTree(file.body());
        assertEquals("gaitway-exercises", export.get("format").asText());
        assertEquals(1, export.get("version").asInt());
        assertEquals(List.of(clamName, bridgeName), names(export), "the clinic's own exercises, and only those");
        JsonNode clamEntry = export.get("exercises").get(0);
        JsonNode bridgeEntry = export.get("exercises").get(1);
        assertFalse(clamEntry.has("slug"), "a clinic's exercise has no slug");
        assertTrue(clamEntry.has("illustration"), "the drawn pose travels");
        assertFalse(clamEntry.has("picture"));
        assertFalse(bridgeEntry.has("illustration"), "uploaded pictures replace the pose");
        assertEquals("image/png", bridgeEntry.at("/picture/start/mediaType").asText());
        assertEquals("image/jpeg", bridgeEntry.at("/picture/end/mediaType").asText());
        assertArrayEquals(
                sender.download(bridgePictures.get(0)).body(),
                Base64.getDecoder().decode(bridgeEntry.at("/picture/start/data").asText()),
                "the uploaded start picture, as base64");
        assertArrayEquals(
                sender.download(bridgePictures.get(1)).body(),
                Base64.getDecoder().decode(bridgeEntry.at("/picture/end/data").asText()),
                "the uploaded end picture, as base64");
        assertEquals(2, bridgeEntry.at("/dosage/sets").asInt());
        assertEquals(8, bridgeEntry.at("/dosage/reps/min").asInt());

        WebClient receiver = Therapists.ofNewClinic(server, "import").client();
        Page imported = importFile(receiver, "gaitway-exercises.json", "application/json", file.body());
        PageAssertions.assertRedirect("/exercises?own=true", imported);
        Page own = receiver.get(imported.location());
        assertTrue(own.contains("2 exercises were imported."), "flash");
        assertEquals(2, count(own));
        assertEquals(ExerciseSite.BUILT_IN_COUNT + 2, count(library(receiver)), "the built-in ones and the 2 imported");

        for (long sent : List.of(clam, bridge)) {
            Page original = ExerciseSite.exercise(sender, sent);
            Card card = ExerciseSite.cards(own).stream()
                    .filter(c -> c.name().equals(original.heading()))
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError(original.heading() + " not imported: " + ExerciseSite.names(own)));
            assertTrue(card.ours());
            Page copy = ExerciseSite.exercise(receiver, card.id());
            assertEquals(original.heading(), copy.heading());
            assertEquals(ExerciseSite.steps(original), ExerciseSite.steps(copy), "steps");
            assertEquals(ExerciseSite.cues(original), ExerciseSite.cues(copy), "cues");
            assertEquals(ExerciseSite.dosage(original), ExerciseSite.dosage(copy), "dosage");
            assertEquals(
                    ExerciseSite.variationLinks(original).values().stream().toList(),
                    ExerciseSite.variationLinks(copy).values().stream().toList(),
                    "links to built-in exercises");
        }
        Card bridgeCopy = ExerciseSite.cards(own).stream()
                .filter(c -> c.name().equals(bridgeName))
                .findFirst()
                .orElseThrow();
        assertTrue(
                bridgeCopy.startPicture().startsWith("/exercise-pictures/uploads/"), "pictures imported as pictures");
        Download start = receiver.download(bridgeCopy.startPicture());
        assertEquals("image/png", start.contentType());
        BufferedImage startImage = ExerciseSite.read(start.body());
        assertEquals(480, startImage.getWidth());
        assertEquals(360, startImage.getHeight());
        assertEquals("image/jpeg", receiver.download(bridgeCopy.endPicture()).contentType());
        assertEquals(
                404,
                receiver.download(bridgePictures.get(0)).status(),
                "the receiver has its own copy, not the sender's");

        JsonNode reExport = JSON.readTree(
                receiver.download("/exercises/transfer/export.json").body());
        assertEquals(withoutPictureData(export), withoutPictureData(reExport), "the same exercises, field for field");
    }

    @Test
    void aFileWithBadEntriesAmongGoodOnesImportsNothingAndNamesEachProblem(GaitwayServer server) throws IOException {
        Map<String, JsonNode> shipped = ExerciseSite.shippedLibrary();
        ObjectNode good = entry(shipped.get("clamshell"), ExerciseSite.uniqueName("Good clam"));
        String tooManyCuesName = ExerciseSite.uniqueName("Chatty bridge");
        ObjectNode tooManyCues = entry(shipped.get("hip-bridge"), tooManyCuesName);
        ArrayNode cues = tooManyCues.putArray("cues");
        List.of("Feet flat.", "Knees apart.", "Ribs down.", "Squeeze.", "Breathe.", "Hold.", "Lower slowly.")
                .forEach(cues::add);
        String unknownWordName = ExerciseSite.uniqueName("Cardio hydrant");
        ObjectNode unknownWord = entry(shipped.get("fire-hydrant"), unknownWordName);
        unknownWord.put("category", "cardio");
        ObjectNode alsoGood = entry(shipped.get("calf-raise"), ExerciseSite.uniqueName("Good calf raise"));
        byte[] file = exportFile(good, tooManyCues, unknownWord, alsoGood);

        WebClient therapist = Therapists.ofNewClinic(server, "bad-import").client();
        Page answer = importFile(therapist, "exercises.json", "application/json", file);
        PageAssertions.assertRedirect("/exercises/transfer", answer);
        Page page = therapist.get("/exercises/transfer");
        assertTrue(page.contains("Nothing was imported"), page.body());
        List<String> problems = problems(page);
        assertEquals(2, problems.size(), "one problem each for entries 2 and 3: " + problems);
        assertEquals(
                "Exercise 2 (“" + tooManyCuesName + "”), field “cues”: Give between 3 and 5 (now 7).", problems.get(0));
        assertEquals(
                "Exercise 3 (“" + unknownWordName + "”), field “category”: “cardio” is not one of the allowed words.",
                problems.get(1));

        assertEquals(0, count(library(therapist, "own", "true")), "nothing imported, not even the good entries");
        assertEquals(ExerciseSite.BUILT_IN_COUNT, count(library(therapist)));
        assertTrue(problems(therapist.get("/exercises/transfer")).isEmpty(), "the problems are shown once");

        Page fixed = importFile(therapist, "exercises.json", "application/json", exportFile(good, alsoGood));
        PageAssertions.assertRedirect("/exercises?own=true", fixed);
        assertEquals(2, count(library(therapist, "own", "true")), "the good entries on their own import");
    }

    @Test
    void aFileThatIsNotAnExerciseExportIsRefusedWithAClearMessage(GaitwayServer server) {
        WebClient therapist = Therapists.ofNewClinic(server, "refused-import").client();
        byte[] svg = """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>
                """.getBytes(StandardCharsets.UTF_8);
        record Refused(String what, String fileName, String type, byte[] content, String message) {}
        List<Refused> files = List.of(
                new Refused(
                        "plain text",
                        "exercises.json",
                        "application/json",
                        "Clamshell, 3 sets of 10\nBridge, 3 sets of 12\n".getBytes(StandardCharsets.UTF_8),
                        "The file is not a readable JSON file."),
                new Refused("an SVG", "drawing.svg", "image/svg+xml", svg, "The file is not a readable JSON file."),
                new Refused(
                        "an SVG named .json",
                        "exercises.json",
                        "application/json",
                        svg,
                        "The file is not a readable JSON file."),
                new Refused(
                        "JSON that is not an export",
                        "other.json",
                        "application/json",
                        "{\"patients\": []}".getBytes(StandardCharsets.UTF_8),
                        "The file is not a Gaitway exercise export."),
                new Refused(
                        "no file chosen",
                        "",
                        "application/octet-stream",
                        new byte[0],
                        "Choose the exercise file to import."));
        for (Refused f : files) {
            Page answer = importFile(therapist, f.fileName(), f.type(), f.content());
            PageAssertions.assertRedirect("/exercises/transfer", answer, f.what());
            Page page = therapist.get("/exercises/transfer");
            assertTrue(page.contains("Nothing was imported"), f.what());
            assertEquals(List.of(f.message()), problems(page), f.what());
            PageAssertions.assertNoInternals(page);
        }
        assertEquals(0, count(library(therapist, "own", "true")));
    }

    @Test
    void anImportWithoutTheSessionsTokenIsForbidden(GaitwayServer server) throws IOException {
        WebClient therapist = Therapists.ofNewClinic(server, "import-csrf").client();
        byte[] file = exportFile(
                entry(ExerciseSite.shippedLibrary().get("clamshell"), ExerciseSite.uniqueName("Forged clam")));
        Page noToken = therapist.postMultipart(
                "/exercise-uploads/import", List.of(Part.file("file", "exercises.json", "application/json", file)));
        assertEquals(403, noToken.status());
        Page wrongToken = therapist.postMultipart(
                "/exercise-uploads/import",
                List.of(Part.field("_csrf", "forged"), Part.file("file", "exercises.json", "application/json", file)));
        assertEquals(403, wrongToken.status());
        assertEquals(0, count(library(therapist, "own", "true")), "nothing imported");
    }

    /** Posts the transfer page's import form with the file, as a browser would. */
    static Page importFile(WebClient client, String fileName, String type, byte[] content) {
        Form form = client.get("/exercises/transfer").form("/exercise-uploads/import");
        List<Part> parts = new ArrayList<>();
        form.fields().forEach(f -> parts.add(Part.field(f.getKey(), f.getValue())));
        parts.add(Part.file("file", fileName, type, content));
        return client.postMultipart(form.action(), parts);
    }

    /** The problems listed under "Nothing was imported". */
    static List<String> problems(Page page) {
        List<String> problems = new ArrayList<>();
        Matcher box = Pattern.compile("<div class=\"error-summary\"[^>]*>(.*?)</div>", Pattern.DOTALL)
                .matcher(page.body());
        if (box.find()) {
            Matcher li = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL).matcher(box.group(1));
            while (li.find()) {
                problems.add(ExerciseSite.text(li.group(1)));
            }
        }
        return problems;
    }

    /** A shipped exercise as an export entry: no slug, a name of its own. */
    static ObjectNode entry(JsonNode shipped, String name) {
        ObjectNode entry = shipped.deepCopy();
        entry.remove("slug");
        entry.put("name", name);
        entry.putArray("aliases");
        return entry;
    }

    static byte[] exportFile(ObjectNode... entries) throws IOException {
        ObjectNode file =
                JSON.createObjectNode().put("format", "gaitway-exercises").put("version", 1);
        ArrayNode list = file.putArray("exercises");
        for (ObjectNode e : entries) {
            list.add(e);
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
    }

    private static List<String> names(JsonNode export) {
        List<String> names = new ArrayList<>();
        export.get("exercises").forEach(e -> names.add(e.get("name").asText()));
        return names;
    }

    /** The export with the picture bytes left out (they are re-encoded on import) but their media types kept. */
    private static JsonNode withoutPictureData(JsonNode export) {
        JsonNode copy = export.deepCopy();
        for (Iterator<JsonNode> it = copy.get("exercises").elements(); it.hasNext(); ) {
            JsonNode e = it.next();
            if (e.has("picture")) {
                ((ObjectNode) e.get("picture").get("start")).remove("data");
                ((ObjectNode) e.get("picture").get("end")).remove("data");
            }
        }
        return copy;
    }
}
