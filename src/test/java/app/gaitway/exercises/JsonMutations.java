package app.gaitway.exercises;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Every small way a JSON document can be wrong: each key removed, each value (and the first two elements of each
 * list) replaced by a value of another type or out of range, an unknown key added to each object. A reader's answer
 * to all of them, kept in a file, pins down how strict it is and what it says, so a rewrite of the reader can be
 * held to the same answers.
 */
public final class JsonMutations {

    private static final Map<String, JsonValue> REPLACEMENTS = new LinkedHashMap<>();

    static {
        REPLACEMENTS.put("null", JsonValue.NULL);
        REPLACEMENTS.put("text", Json.createValue("x"));
        REPLACEMENTS.put("empty text", Json.createValue(""));
        REPLACEMENTS.put("number text", Json.createValue("3"));
        REPLACEMENTS.put("fraction", Json.createValue(1.5));
        REPLACEMENTS.put("zero", Json.createValue(0));
        REPLACEMENTS.put("negative", Json.createValue(-1));
        REPLACEMENTS.put("large", Json.createValue(500));
        REPLACEMENTS.put("beyond int", Json.createValue(2147483648L));
        REPLACEMENTS.put("boolean", JsonValue.TRUE);
        REPLACEMENTS.put("empty list", JsonValue.EMPTY_JSON_ARRAY);
        REPLACEMENTS.put("list of text", Json.createArrayBuilder().add("x").build());
        REPLACEMENTS.put("list of number", Json.createArrayBuilder().add(1).build());
        REPLACEMENTS.put("empty object", JsonValue.EMPTY_JSON_OBJECT);
    }

    private JsonMutations() {}

    /** Each variant of the document, by a description of what was changed where. */
    public static Map<String, JsonObject> of(JsonObject document) {
        Map<String, JsonObject> variants = new LinkedHashMap<>();
        collect(document, "", UnaryOperator.identity(), variants);
        return variants;
    }

    /** Lines "what was changed -> what the reader said", one per variant, for a golden file. */
    public static List<String> answers(JsonObject document, Function<JsonObject, String> reader) {
        List<String> lines = new ArrayList<>();
        of(document).forEach((what, variant) -> lines.add(what + " -> " + answer(reader, variant)));
        return lines;
    }

    private static String answer(Function<JsonObject, String> reader, JsonObject variant) {
        try {
            return reader.apply(variant);
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Reads a golden file of a test resource folder, one entry a line. */
    public static List<String> golden(String name) {
        try {
            return Files.readAllLines(folder().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a golden file; only the one-off capture of the old reader's answers calls this. */
    public static void writeGolden(String name, List<String> lines) {
        try {
            Files.write(folder().resolve(name), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        return Path.of("src/test/resources/json-format");
    }

    /** {@code rebuild} puts a changed version of {@code value} back into the whole document. */
    private static void collect(
            JsonValue value, String path, UnaryOperator<JsonValue> rebuild, Map<String, JsonObject> variants) {
        if (value instanceof JsonObject o) {
            variants.put(path + " + unknown key", (JsonObject)
                    rebuild.apply(Json.createObjectBuilder(o).add("zz", 1).build()));
            for (String key : o.keySet()) {
                String at = path.isEmpty() ? key : path + "." + key;
                variants.put(at + " removed", (JsonObject)
                        rebuild.apply(Json.createObjectBuilder(o).remove(key).build()));
                UnaryOperator<JsonValue> put = v -> rebuild.apply(with(o, key, v));
                replacements(at, put, variants);
                collect(o.get(key), at, put, variants);
            }
        } else if (value instanceof JsonArray a) {
            for (int i = 0; i < Math.min(2, a.size()); i++) {
                int index = i;
                String at = path + "[" + i + "]";
                UnaryOperator<JsonValue> put = v -> rebuild.apply(with(a, index, v));
                replacements(at, put, variants);
                collect(a.get(i), at, put, variants);
            }
        }
    }

    private static void replacements(String at, UnaryOperator<JsonValue> put, Map<String, JsonObject> variants) {
        REPLACEMENTS.forEach((name, v) -> variants.put(at + " = " + name, (JsonObject) put.apply(v)));
    }

    private static JsonObject with(JsonObject o, String key, JsonValue v) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        o.forEach((k, old) -> b.add(k, k.equals(key) ? v : old));
        return b.build();
    }

    private static JsonArray with(JsonArray a, int index, JsonValue v) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (int i = 0; i < a.size(); i++) {
            b.add(i == index ? v : a.get(i));
        }
        return b.build();
    }
}
