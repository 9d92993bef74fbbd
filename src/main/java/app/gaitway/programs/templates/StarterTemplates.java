package app.gaitway.programs.templates;

import app.gaitway.programs.dosage.ItemDosage;
import app.gaitway.programs.dosage.ItemDosageJson;
import app.gaitway.shared.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The starter templates shipped in {@code /programs/templates/} (see FORMAT.md there): read from the class path
 * once at start-up. A file that does not parse stops the start, as a broken migration would.
 */
public record StarterTemplates(int version, List<Shipped> templates) {

    private static final String FOLDER = "/programs/templates/";

    public record Shipped(String key, String title, String description, String instructions, List<Item> items) {}

    public record Item(String exerciseSlug, ItemDosage dosage) {}

    public static StarterTemplates load() {
        JsonObject index = read(FOLDER + "index.json");
        List<Shipped> templates = new ArrayList<>();
        for (JsonValue key : index.getJsonArray("templates")) {
            String name = ((jakarta.json.JsonString) key).getString();
            JsonObject t = read(FOLDER + name + ".json");
            List<Item> items = new ArrayList<>();
            for (JsonValue v : t.getJsonArray("items")) {
                JsonObject item = v.asJsonObject();
                items.add(new Item(item.getString("exercise"), ItemDosageJson.fromJson(item.getJsonObject("dosage"))));
            }
            templates.add(new Shipped(
                    t.getString("key"),
                    t.getString("title"),
                    t.getString("description"),
                    t.getString("instructions"),
                    List.copyOf(items)));
        }
        return new StarterTemplates(index.getInt("version"), List.copyOf(templates));
    }

    private static JsonObject read(String path) {
        try (InputStream in = StarterTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            try (JsonReader reader = Jsonp.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
