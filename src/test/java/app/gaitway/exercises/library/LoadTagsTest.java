package app.gaitway.exercises.library;

import app.gaitway.exercises.ExerciseContent;
import app.gaitway.exercises.ExerciseJson;
import app.gaitway.exercises.Vocabulary.LoadTag;
import app.gaitway.exercises.Vocabulary.StartPosition;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static app.gaitway.exercises.Vocabulary.LoadTag.ADDUCTION_PAST_MIDLINE;
import static app.gaitway.exercises.Vocabulary.LoadTag.DEEP_HIP_FLEXION;
import static app.gaitway.exercises.Vocabulary.LoadTag.FLOOR_TRANSFER;
import static app.gaitway.exercises.Vocabulary.LoadTag.PRONE;
import static app.gaitway.exercises.Vocabulary.LoadTag.SUPINE;
import static app.gaitway.exercises.Vocabulary.LoadTag.WEIGHT_BEARING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every shipped exercise says what it asks of the body ({@code loads}), and says it on purpose: the key is present
 * even when the list is empty, it follows {@code equipment} in the file, and it agrees with the starting position
 * and with the movements a hip-replacement precaution forbids.
 */
class LoadTagsTest {

    private static JsonObject file(String slug) {
        return Json.createReader(new StringReader(LibraryFiles.json(slug))).readObject();
    }

    private static ExerciseContent content(String slug) {
        ExerciseJson.Read read = ExerciseJson.read(file(slug));
        assertTrue(read.ok(), slug + ": " + read.problems());
        return read.content();
    }

    @Test
    void everyExerciseFileDeclaresItsLoadsRightAfterItsEquipment() {
        List<String> missing = new ArrayList<>();
        for (String slug : LibraryFiles.slugs()) {
            List<String> keys = new ArrayList<>(file(slug).keySet());
            int equipment = keys.indexOf("equipment");
            if (equipment < 0
                    || equipment + 1 >= keys.size()
                    || !keys.get(equipment + 1).equals("loads")) {
                missing.add(slug);
            }
        }
        assertEquals(List.of(), missing, "exercises without a deliberate loads list after equipment");
    }

    @Test
    void theStartingPositionIsAmongTheLoads() {
        List<String> wrong = new ArrayList<>();
        for (String slug : LibraryFiles.slugs()) {
            ExerciseContent e = content(slug);
            Set<LoadTag> loads = Set.copyOf(e.loads());
            boolean ok = switch (e.position()) {
                case ON_BACK -> loads.contains(SUPINE);
                case ON_FRONT -> loads.contains(PRONE);
                case KNEELING, HANDS_AND_KNEES -> loads.contains(FLOOR_TRANSFER);
                case STANDING -> loads.contains(WEIGHT_BEARING);
                default -> true;
            };
            if (!ok) {
                wrong.add(slug + " (" + e.position() + ")");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theClassicHipReplacementDislocationPositionsAreTagged() {
        // The stretches the issue found suggested after a posterior hip replacement: each must be withheld.
        for (String slug : List.of("knee-to-chest-stretch", "figure-4-stretch", "piriformis-stretch", "hip-thrust")) {
            assertTrue(content(slug).loads().contains(DEEP_HIP_FLEXION), slug);
        }
        for (String slug : List.of("piriformis-stretch", "side-lying-hip-adduction", "itb-stretch")) {
            assertTrue(content(slug).loads().contains(ADDUCTION_PAST_MIDLINE), slug);
        }
    }

    @Test
    void theGravityEliminatedExercisesAskOnlyToLieOnTheBack() {
        for (String slug : List.of("heel-slide", "supine-hip-abduction-slide")) {
            ExerciseContent e = content(slug);
            assertEquals(StartPosition.ON_BACK, e.position());
            assertEquals(List.of(SUPINE), e.loads(), slug);
        }
    }

    @Test
    void aLoadsListSurvivesWritingAndReadingAgain() {
        ExerciseContent e = content("piriformis-stretch");
        ExerciseContent again = ExerciseJson.read(ExerciseJson.write(e)).content();
        assertEquals(e.loads(), again.loads());
        assertEquals(e, again);
    }
}
