package app.gaitway.exercises;

import app.gaitway.shared.web.FieldProblem;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class ExerciseJsonTest {

    public static String bridgeIllustration() throws IOException {
        try (InputStream in = ExerciseJsonTest.class.getResourceAsStream("/exercises/illustrations/hip-bridge.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static String bridge(String replaceFrom, String replaceTo) throws IOException {
        String json = """
                {"slug": "hip-bridge", "name": "Hip bridge", "aliases": ["Glute bridge", "Bridging"],
                 "summary": "Strengthens your bottom muscles.",
                 "category": "strength", "position": "on_back",
                 "targets": ["gluteus_maximus", "hamstrings"],
                 "equipment": [{"type": "mat"}, {"type": "band", "placement": "above_knees"}],
                 "steps": ["Lie on your back with knees bent.", "Lift your hips.", "Lower slowly."],
                 "cues": ["Squeeze your bottom.", "Push through your heels.", "Breathe out as you lift."],
                 "mistakes": ["Arching your low back."],
                 "feel": "Your bottom working.",
                 "easier": [{"how": "Lift only halfway."}],
                 "harder": [{"slug": "single-leg-bridge", "how": "One leg at a time."}],
                 "dosage": {"sets": 3, "reps": {"min": 10, "max": 15}, "sides": "both", "timesPerDay": 1,
                            "daysPerWeek": 4, "effort": {"min": 7, "max": 8}, "restSeconds": 60},
                 "illustration": ILLUSTRATION}
                """.replace("ILLUSTRATION", bridgeIllustration());
        return replaceFrom == null ? json : json.replace(replaceFrom, replaceTo);
    }

    public static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void readsEveryFieldAndWritesTheSameBack() throws IOException {
        ExerciseJson.Read read = ExerciseJson.read(parse(bridge(null, null)));
        assertTrue(read.ok(), read.problems().toString());
        ExerciseContent e = read.content();
        assertEquals("Hip bridge", e.name());
        assertEquals(List.of("Glute bridge", "Bridging"), e.aliases());
        assertEquals(Vocabulary.StartPosition.ON_BACK, e.position());
        assertEquals(Vocabulary.EquipmentType.BAND, e.equipment().get(1).type());
        assertEquals("above_knees", e.equipment().get(1).placementCode());
        assertEquals(
                new Variation("single-leg-bridge", "One leg at a time."),
                e.harder().get(0));
        assertEquals(new Dosage(3, 10, 15, null, Vocabulary.Sides.BOTH, 1, 4, 7, 8, 60), e.dosage());
        assertTrue(
                ExerciseRules.check(e, true).isEmpty(),
                ExerciseRules.check(e, true).toString());

        ExerciseJson.Read again = ExerciseJson.read(ExerciseJson.write(e));
        assertEquals(e, again.content(), "write then read gives the same exercise");
        assertEquals(ExerciseJson.write(e), ExerciseJson.write(again.content()));
    }

    @Test
    void namesEveryFieldThatIsWrongInsteadOfGuessing() throws IOException {
        String broken = bridge("\"category\": \"strength\"", "\"category\": \"power\", \"colour\": \"red\"")
                .replace("\"sets\": 3", "\"sets\": 2.5")
                .replace("\"gluteus_maximus\", \"hamstrings\"", "\"gluteus_maximus\", 7");
        ExerciseJson.Read read = ExerciseJson.read(parse(broken));
        assertFalse(read.ok());
        assertNull(read.content());
        List<String> fields = read.problems().stream().map(FieldProblem::field).toList();
        assertEquals(List.of("colour", "category", "targets[2]", "dosage.sets"), fields);
        assertEquals("exercise.json.unknownWord", read.problems().get(1).key());
        assertEquals("power", read.problems().get(1).args()[0]);
    }

    @Test
    void rulesCatchCountsLengthsDosageAndUndrawablePoses() throws IOException {
        String json = bridge("\"Breathe out as you lift.\"]", "\"Breathe out as you lift.\", \"a\", \"b\", \"c\"]")
                .replace("\"min\": 10, \"max\": 15", "\"min\": 15, \"max\": 10")
                .replace("\"knee\": 100", "\"knee\": 170")
                .replace("\"Bridging\"", "\"Hip  bridge\"");
        ExerciseJson.Read read = ExerciseJson.read(parse(json));
        assertTrue(read.ok(), read.problems().toString());
        List<String> fields = ExerciseRules.check(read.content(), true).stream()
                .map(FieldProblem::field)
                .toList();
        assertEquals(List.of("aliases[2]", "cues", "dosage.reps", "illustration"), fields);
    }

    @Test
    void aClinicExerciseNeedsAPoseOrPictures() throws IOException {
        ExerciseContent e =
                ExerciseJson.read(parse(bridge(null, null))).content().withIllustration(null);
        assertEquals(
                List.of("illustration"),
                ExerciseRules.check(e, true).stream().map(FieldProblem::field).toList());
        assertTrue(ExerciseRules.check(e, false).isEmpty());
    }

    @Test
    void readingLevelPrefersShortSentencesAndShortWords() {
        double plain = ReadingLevel.grade("Lie on your back. Bend your knees. Lift your hips. Hold for two seconds.");
        double dense = ReadingLevel.grade(
                "Position yourself supine with bilateral knee flexion, subsequently "
                        + "elevating the pelvis through concentric gluteal contraction while maintaining neutral lumbar alignment.");
        assertTrue(plain < 3, "plain text grade " + plain);
        assertTrue(dense > 14, "dense text grade " + dense);
    }
}
