package app.gaitway.exercises.illustration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample illustrations under src/test/resources/exercises/illustrations. */
final class Samples {

    static final List<String> NAMES = List.of(
            "hip-bridge",
            "clamshell",
            "banded-side-step",
            "standing-hip-abduction",
            "hip-flexor-stretch",
            "hip-thrust",
            "banded-seated-abduction",
            "pelvic-drop",
            "hamstring-stretch");

    private Samples() {}

    static String json(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/exercises/illustrations/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Illustration load(String name) {
        return IllustrationJson.parse(json(name));
    }

    static String title(String name) {
        String t = name.replace('-', ' ');
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
