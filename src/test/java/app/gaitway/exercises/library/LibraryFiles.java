package app.gaitway.exercises.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The exercise files as they lie in the source tree, so the tests also cover a file someone added but forgot
 * to list in index.json.
 */
public final class LibraryFiles {

    public static final Path FOLDER = Path.of("src/main/resources/exercises/library");

    private LibraryFiles() {}

    /** Slugs of every exercise file, sorted. */
    public static List<String> slugs() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals("index.json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String json(String slug) {
        return jsonFile(slug + ".json");
    }

    public static String jsonFile(String name) {
        try {
            return Files.readString(FOLDER.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
