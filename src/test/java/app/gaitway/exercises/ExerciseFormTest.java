package app.gaitway.exercises;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseFormTest {

    private static final Set<String> LINKABLE = Set.of("hip-bridge", "single-leg-bridge", "clamshell");

    private static ExerciseContent bridge() throws IOException {
        return ExerciseJson.read(ExerciseJsonTest.parse(ExerciseJsonTest.bridge(null, null))).content().withSlug(null);
    }

    /** What a browser posts for a form filled from the exercise. */
    private static MultivaluedMap<String, String> posted(ExerciseForm form) {
        MultivaluedMap<String, String> f = new MultivaluedHashMap<>();
        f.putSingle("name", form.name);
        f.putSingle("aliases", form.aliases);
        f.putSingle("summary", form.summary);
        f.putSingle("category", form.category);
        f.putSingle("position", form.position);
        f.put("targets", List.copyOf(form.targets));
        f.put("equipment", List.copyOf(form.equipment));
        f.putSingle("bandPlacement", form.bandPlacement);
        f.putSingle("steps", form.steps);
        f.putSingle("cues", form.cues);
        f.putSingle("mistakes", form.mistakes);
        f.putSingle("feel", form.feel);
        f.put("easierLink", List.copyOf(form.easierLink));
        f.put("easierHow", List.copyOf(form.easierHow));
        f.put("harderLink", List.copyOf(form.harderLink));
        f.put("harderHow", List.copyOf(form.harderHow));
        for (String k : List.of("sets", "repsMin", "repsMax", "holdSeconds", "sides", "timesPerDay", "daysPerWeek",
                "effortMin", "effortMax", "restSeconds", "pictureSource", "poseJson", "version")) {
            try {
                f.putSingle(k, (String) ExerciseForm.class.getField(k).get(form));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        form.angles.forEach((k, v) -> f.putSingle("angle." + k, v));
        return f;
    }

    @Test
    void aFormFilledFromAnExerciseGivesTheSameExerciseBack() throws IOException {
        ExerciseContent bridge = bridge();
        ExerciseForm.Result result = ExerciseForm.from(posted(ExerciseForm.of(bridge, 3))).toContent(LINKABLE);
        assertTrue(result.ok(), result.problems().toString());
        ExerciseContent back = result.content();
        assertEquals(bridge.name(), back.name());
        assertEquals(bridge.steps(), back.steps());
        assertEquals(bridge.equipment(), back.equipment());
        assertEquals(bridge.dosage(), back.dosage());
        assertEquals(bridge.harder(), back.harder());
        // the angles were written out per side, which draws the same pose
        assertEquals(PoseAngles.read(bridge.illustrationJson()), PoseAngles.read(back.illustrationJson()));
    }

    @Test
    void everyMistakeIsNamedByItsFieldAndNothingElseIsLost() throws IOException {
        ExerciseForm form = ExerciseForm.of(bridge(), 3);
        form.cues = "One\nTwo\nThree\nFour\nFive\nSix";
        form.sets = "0";
        form.repsMin = "abc";
        form.targets = List.of();
        form.angles.put("end.right.knee", "170");
        ExerciseForm again = ExerciseForm.from(posted(form));
        ExerciseForm.Result result = again.toContent(LINKABLE);
        assertNull(result.content());
        Map<String, String> keys = result.problems().stream()
                .collect(Collectors.toMap(ExerciseForm.FieldProblem::field, ExerciseForm.FieldProblem::key, (a, b) -> a));
        assertEquals("form.exercise.wholeNumber", keys.get("repsMin"));
        // a value that does not read does not hide the other mistakes
        assertEquals("exercise.rule.count", keys.get("cues"));
        assertEquals("exercise.rule.range", keys.get("sets"));
        assertEquals("exercise.rule.count", keys.get("targets"));
        assertEquals("exercise.rule.illustration", keys.get("pose"));
        // and everything typed is still in the form
        assertEquals("Hip bridge", again.name);
        assertEquals("One\nTwo\nThree\nFour\nFive\nSix", again.cues);
        assertEquals("0", again.sets);
        assertEquals("170", again.angles.get("end.right.knee"));

        again.repsMin = "10";
        Map<String, String> second = again.toContent(LINKABLE).problems().stream()
                .collect(Collectors.toMap(ExerciseForm.FieldProblem::field, ExerciseForm.FieldProblem::key, (a, b) -> a));
        assertEquals("exercise.rule.count", second.get("cues"));
        assertEquals("exercise.rule.range", second.get("sets"));
        assertEquals("exercise.rule.count", second.get("targets"));
        assertEquals("exercise.rule.illustration", second.get("pose"));
    }

    @Test
    void aBandNeedsItsPlacement() throws IOException {
        ExerciseForm form = ExerciseForm.of(bridge(), 3);
        form.bandPlacement = "";
        assertEquals(List.of("bandPlacement"),
                form.toContent(LINKABLE).problems().stream().map(ExerciseForm.FieldProblem::field).toList());
    }

    @Test
    void aLinkMustLeadToAnExerciseOfTheLibrary() throws IOException {
        ExerciseForm form = ExerciseForm.of(bridge(), 3);
        form.easierLink = List.of("no-such-exercise", "", "");
        form.harderLink = List.of("x".repeat(150_000), "", "");
        ExerciseForm.Result result = ExerciseForm.from(posted(form)).toContent(LINKABLE);
        Map<String, String> keys = result.problems().stream()
                .collect(Collectors.toMap(ExerciseForm.FieldProblem::field, ExerciseForm.FieldProblem::key, (a, b) -> a));
        assertEquals(Map.of("easier", "exercise.rule.linkNotAnExercise", "harder", "exercise.rule.linkNotAnExercise"), keys);

        form.easierLink = List.of("clamshell", "", "");
        form.harderLink = List.of("single-leg-bridge", "", "");
        assertTrue(ExerciseForm.from(posted(form)).toContent(LINKABLE).ok());
    }

    @Test
    void controlCharactersAreRefusedBesideTheirField() throws IOException {
        ExerciseForm form = ExerciseForm.of(bridge(), 3);
        form.name = "Hip\u0000bridge";
        form.feel = "Your buttocks\u0085working";
        form.easierHow = List.of("Smaller\u007f range", "", "");
        Map<String, String> keys = ExerciseForm.from(posted(form)).toContent(LINKABLE).problems().stream()
                .collect(Collectors.toMap(ExerciseForm.FieldProblem::field, ExerciseForm.FieldProblem::key, (a, b) -> a));
        assertEquals(Map.of("name", "field.controlCharacter", "feel", "field.controlCharacter",
                "easier", "field.controlCharacter"), keys);
    }

    @Test
    void exerciseFieldsMapToFormFields() {
        assertEquals("cues", ExerciseForm.formField("cues[2]"));
        assertEquals("sets", ExerciseForm.formField("dosage.sets"));
        assertEquals("repsMin", ExerciseForm.formField("dosage.reps"));
        assertEquals("bandPlacement", ExerciseForm.formField("equipment[1].placement"));
        assertEquals("easier", ExerciseForm.formField("easier[2].how"));
        assertEquals("pose", ExerciseForm.formField("illustration"));
    }
}
