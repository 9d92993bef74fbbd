package app.gaitway.exercises.transfer;

import app.gaitway.exercises.ExerciseContent;
import app.gaitway.exercises.ExerciseJson;
import app.gaitway.exercises.ExerciseJsonTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseFileTest {

    private static final Set<String> BUILT_IN = Set.of("single-leg-bridge", "clamshell");

    private static ExerciseContent bridge(String name) throws IOException {
        return ExerciseJson.read(ExerciseJsonTest.parse(ExerciseJsonTest.bridge(null, null)))
                .content()
                .withSlug(null)
                .withName(name);
    }

    private static byte[] bytes(JsonObject o) {
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anExportReadsBackAsTheSameExercisesWithTheirPictures() throws IOException {
        byte[] png = png();
        List<ExerciseFile.Entry> entries = List.of(
                new ExerciseFile.Entry(bridge("Bridge with a pause"), null, null),
                new ExerciseFile.Entry(
                        bridge("Bridge on a cushion").withIllustration(null),
                        new ExerciseFile.Picture("image/png", 40, 30, png),
                        new ExerciseFile.Picture("image/png", 40, 30, png)));
        ExerciseFile.Read read = ExerciseFile.read(bytes(ExerciseFile.write(entries)), BUILT_IN);
        assertTrue(read.ok(), read.problems().toString());
        assertEquals(entries.get(0).content(), read.entries().get(0).content());
        assertEquals(entries.get(1).content(), read.entries().get(1).content());
        assertEquals("image/png", read.entries().get(1).start().mediaType());
        assertEquals(40, read.entries().get(1).end().width());
    }

    @Test
    void oneBadEntryMeansNothingAndEveryProblemNamesEntryNameAndField() throws IOException {
        JsonObject file = ExerciseFile.write(List.of(
                new ExerciseFile.Entry(bridge("Good one"), null, null),
                new ExerciseFile.Entry(bridge("Too many cues"), null, null),
                new ExerciseFile.Entry(bridge("Odd category"), null, null)));
        var exercises = Json.createArrayBuilder(file.getJsonArray("exercises"));
        JsonObject second = file.getJsonArray("exercises").getJsonObject(1);
        exercises.set(
                1,
                Json.createObjectBuilder(second)
                        .add("cues", Json.createArrayBuilder(List.of("a", "b", "c", "d", "e", "f"))));
        JsonObject third = file.getJsonArray("exercises").getJsonObject(2);
        exercises.set(
                2,
                Json.createObjectBuilder(third)
                        .add("category", "power")
                        .add(
                                "harder",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder().add("slug", "no-such-thing"))));
        JsonObject broken =
                Json.createObjectBuilder(file).add("exercises", exercises).build();

        ExerciseFile.Read read = ExerciseFile.read(bytes(broken), BUILT_IN);
        assertFalse(read.ok());
        assertTrue(read.entries().isEmpty(), "nothing is imported");
        assertEquals(
                List.of("2 Too many cues cues", "3 Odd category category"),
                read.problems().stream()
                        .map(p -> p.entry() + " " + p.name() + " " + p.field())
                        .toList());
    }

    @Test
    void linksMayOnlyLeadToBuiltInExercises() throws IOException {
        ExerciseContent c = bridge("Linked");
        JsonObject file = ExerciseFile.write(List.of(new ExerciseFile.Entry(c, null, null)));
        assertTrue(ExerciseFile.read(bytes(file), BUILT_IN).ok());
        ExerciseFile.Read read = ExerciseFile.read(bytes(file), Set.of("clamshell"));
        assertEquals("exercise.rule.unknownLink", read.problems().get(0).key());
    }

    @Test
    void filesThatAreNotExerciseExportsAreRefusedAsAWhole() throws IOException {
        assertEquals(
                "import.notJson",
                ExerciseFile.read(
                                "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8), BUILT_IN)
                        .problems()
                        .get(0)
                        .key());
        assertEquals(
                "import.notExerciseFile",
                ExerciseFile.read("{\"exercises\": []}".getBytes(StandardCharsets.UTF_8), BUILT_IN)
                        .problems()
                        .get(0)
                        .key());
        assertEquals(
                "import.empty",
                ExerciseFile.read(
                                "{\"format\": \"gaitway-exercises\", \"version\": 1, \"exercises\": []}"
                                        .getBytes(StandardCharsets.UTF_8),
                                BUILT_IN)
                        .problems()
                        .get(0)
                        .key());
        assertEquals(
                "import.newerVersion",
                ExerciseFile.read(
                                "{\"format\": \"gaitway-exercises\", \"version\": 9, \"exercises\": [{}]}"
                                        .getBytes(StandardCharsets.UTF_8),
                                BUILT_IN)
                        .problems()
                        .get(0)
                        .key());
    }

    @Test
    void anEmbeddedPictureIsCheckedLikeAnUpload() throws IOException {
        ExerciseContent c = bridge("With pictures").withIllustration(null);
        JsonObject file = ExerciseFile.write(List.of(new ExerciseFile.Entry(
                c,
                new ExerciseFile.Picture("image/png", 1, 1, "<svg onload='x'/>".getBytes(StandardCharsets.UTF_8)),
                new ExerciseFile.Picture("image/png", 40, 30, png()))));
        ExerciseFile.Read read = ExerciseFile.read(bytes(file), BUILT_IN);
        assertEquals("picture.start", read.problems().get(0).field());
        assertEquals("upload.reason.NOT_PNG_OR_JPEG", read.problems().get(0).key());
        assertTrue(Base64.getEncoder().encodeToString(png()).length() > 0);
    }

    private static String firstProblem(String file) {
        ExerciseFile.Read read = ExerciseFile.read(file.getBytes(StandardCharsets.UTF_8), BUILT_IN);
        return read.problems().isEmpty() ? "ok" : read.problems().get(0).key();
    }

    @Test
    void aVersionMustBeASupportedPositiveWholeNumber() throws IOException {
        String good = new String(
                bytes(ExerciseFile.write(List.of(new ExerciseFile.Entry(bridge("Versioned"), null, null)))),
                StandardCharsets.UTF_8);
        assertEquals("ok", firstProblem(good));
        for (String version : List.of("1.5", "-1", "0", "1e309", "\"1\"", "null", "1.0e0")) {
            assertEquals(
                    "import.badVersion",
                    firstProblem(good.replace("\"version\":1", "\"version\":" + version)),
                    version);
        }
        assertEquals("import.newerVersion", firstProblem(good.replace("\"version\":1", "\"version\":2")));
    }

    @Test
    void anythingAfterTheFileIsRefused() throws IOException {
        String good = new String(
                bytes(ExerciseFile.write(List.of(new ExerciseFile.Entry(bridge("Trailing"), null, null)))),
                StandardCharsets.UTF_8);
        assertEquals("ok", firstProblem(good + "\n\r\n  "));
        assertEquals("import.trailingContent", firstProblem(good + "garbage"));
        assertEquals("import.trailingContent", firstProblem(good + good));
        assertEquals("import.trailingContent", firstProblem(good + "]"));
        assertEquals("import.trailingContent", firstProblem(good + "\u0000"));
        // not JSON at all stays "not readable", quotes or not
        assertEquals(
                "import.notJson", firstProblem("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        // brackets and quotes inside strings are text, not structure
        assertEquals("import.notExerciseFile", firstProblem("{\"a\": \"}}]] \\\" {{\"}"));
    }

    @Test
    void aFileNestedDeeperThanAnyExportIsRefusedBeforeItIsParsed() {
        assertEquals("import.tooDeep", firstProblem("[".repeat(1_000_000) + "]".repeat(1_000_000)));
        assertEquals("import.tooDeep", firstProblem("{\"a\":".repeat(33) + "1" + "}".repeat(33)));
        assertEquals("import.notExerciseFile", firstProblem("{\"a\":".repeat(32) + "1" + "}".repeat(32)));
    }
}
