package app.gaitway.programs.dosage;

import app.gaitway.exercises.JsonMutations;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every dosage stored in a program version must read the same forever, and a malformed one must be refused with the
 * same words. The golden files were captured from the hand-written JSON-P mapper before it was rewritten
 * ({@link #main} writes them again).
 */
class ItemDosageJsonFormatTest {

    private static final List<String> TEMPLATES =
            List.of("hip-mobility-sitting", "lbp-glute-med", "pfp-hip-phase-1", "pfp-hip-phase-2");
    private static final List<String> MUTATED = List.of(
            "{\"sets\":3,\"repsMin\":10,\"repsMax\":15,\"side\":\"each_side\",\"timesPerDay\":1,\"daysPerWeek\":5,"
                    + "\"load\":{\"type\":\"band\",\"bandColour\":\"red\",\"bandPlacement\":\"above_knees\"},"
                    + "\"effortMin\":7,\"effortMax\":8,\"reserveMin\":2,\"reserveMax\":3,\"restSeconds\":60,"
                    + "\"note\":\"Slowly down\"}",
            "{\"sets\":2,\"holdSeconds\":30,\"side\":\"left_only\",\"timesPerDay\":1,\"daysPerWeek\":3,"
                    + "\"load\":{\"type\":\"ankle_weight\",\"weight\":1.5,\"weightUnit\":\"kg\"}}");

    @Test
    void writesEveryShippedTemplateDosageByteForByteAsBefore() throws IOException {
        assertEquals(JsonMutations.golden("dosages-written.txt"), templateDosages());
    }

    @Test
    void answersEveryMalformedDosageAsBefore() {
        assertEquals(JsonMutations.golden("dosage-answers.txt"), answers());
    }

    private static List<String> templateDosages() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String name : TEMPLATES) {
            try (InputStream in =
                    ItemDosageJsonFormatTest.class.getResourceAsStream("/programs/templates/" + name + ".json")) {
                for (JsonValue item : Json.createReader(in).readObject().getJsonArray("items")) {
                    ItemDosage d = ItemDosageJson.fromJson(item.asJsonObject().getJsonObject("dosage"));
                    String json = ItemDosageJson.toJson(d);
                    assertEquals(d, ItemDosageJson.fromJson(json));
                    lines.add(json);
                }
            }
        }
        return lines;
    }

    private static List<String> answers() {
        List<String> lines = new ArrayList<>();
        for (String json : MUTATED) {
            JsonObject document =
                    Json.createReader(new java.io.StringReader(json)).readObject();
            lines.addAll(JsonMutations.answers(
                    document,
                    o -> "ok " + ItemDosageJson.toJson(ItemDosageJson.fromJson(o)) + " "
                            + ItemDosageJson.fromJson(o.toString()).equals(ItemDosageJson.fromJson(o))));
        }
        return lines;
    }

    /** Captures the golden files from the mapper as it is now; run once, before a rewrite. */
    public static void main(String[] args) throws IOException {
        JsonMutations.writeGolden("dosages-written.txt", templateDosages());
        JsonMutations.writeGolden("dosage-answers.txt", answers());
    }
}
