package app.gaitway.programs.suggestions;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The built-in exercise library as the app ships it, read from the classpath folder {@code /exercises/library/}. */
final class LibraryOnClasspath {

    static final String FOLDER = "/exercises/library/";

    /** What the tests need to know of an exercise: is it banded, is it done standing, what it works. */
    record Exercise(String slug, String category, String position, List<String> targets, List<String> equipment) {

        boolean banded() {
            return equipment.contains("band");
        }

        boolean standing() {
            return position.equals("standing");
        }
    }

    private LibraryOnClasspath() {}

    static List<String> slugs() {
        URL folder = LibraryOnClasspath.class.getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("no exercise library on the classpath at " + FOLDER);
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals("index.json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Exercise exercise(String slug) {
        try (InputStream in = LibraryOnClasspath.class.getResourceAsStream(FOLDER + slug + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no exercise " + slug + " in the library");
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject o = reader.readObject();
                return new Exercise(
                        o.getString("slug"),
                        o.getString("category"),
                        o.getString("position"),
                        o.getJsonArray("targets").getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString)
                                .toList(),
                        o.getJsonArray("equipment").getValuesAs(JsonObject.class).stream()
                                .map(e -> e.getString("type"))
                                .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
