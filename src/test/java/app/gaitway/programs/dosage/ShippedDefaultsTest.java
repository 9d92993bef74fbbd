package app.gaitway.programs.dosage;

import app.gaitway.exercises.ExerciseContent;
import app.gaitway.exercises.ExerciseJson;
import app.gaitway.exercises.library.LibraryFiles;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adding any exercise of the shipped library to a program starts from a dosage the builder accepts. */
class ShippedDefaultsTest {

    @Test
    void everyShippedExerciseStartsFromAValidDosage() {
        List<String> slugs = LibraryFiles.slugs();
        assertTrue(slugs.size() >= 15, "the library files were found");
        Map<String, Map<String, String>> problems = new LinkedHashMap<>();
        for (String slug : slugs) {
            ExerciseJson.Read read = ExerciseJson.read(
                    Json.createReader(new StringReader(LibraryFiles.json(slug))).readObject());
            ExerciseContent e = read.content();
            ItemDosage start = DefaultDosage.of(e.dosage(), e.equipment());
            Map<String, String> errors = DosageRules.check(start);
            if (!errors.isEmpty()) {
                problems.put(slug, errors);
            }
            assertEquals(start, ItemDosageJson.fromJson(ItemDosageJson.toJson(start)), slug);
        }
        assertEquals(Map.of(), problems);
    }
}
