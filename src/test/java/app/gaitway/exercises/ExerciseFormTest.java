package app.gaitway.exercises;

import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseFormTest {

    private static final Set<String> LINKABLE = Set.of("hip-bridge", "single-leg-bridge", "clamshell");

    private static ExerciseContent bridge() throws IOException {
        return ExerciseJson.read(ExerciseJsonTest.parse(ExerciseJsonTest.bridge(null, null)))
                .content()
                .withSlug(null);
    }

    /** What a browser posts for a form filled from the exercise. */
    private static MultivaluedMap<String, String> posted(ExerciseForm form) {
        MultivaluedMap<String, String> f = new MultivaluedHashMap<>();
        f.putSingle("name", form.name());
        f.putSingle("aliases", form.aliases());
        f.putSingle("summary", form.summary());
        f.putSingle("category", form.category());
        f.putSingle("position", form.position());
        f.put("targets", List.copyOf(form.targets()));
        f.put("equipment", List.copyOf(form.equipment()));
        f.putSingle("bandPlacement", form.bandPlacement());
        f.putSingle("steps", form.steps());
        f.putSingle("cues", form.cues());
        f.putSingle("mistakes", form.mistakes());
        f.putSingle("feel", form.feel());
        f.put("easierLink", List.copyOf(form.easierLink()));
        f.put("easierHow", List.copyOf(form.easierHow()));
        f.put("harderLink", List.copyOf(form.harderLink()));
        f.put("harderHow", List.copyOf(form.harderHow()));
        for (String k : List.of(
                "sets",
                "repsMin",
                "repsMax",
                "holdSeconds",
                "sides",
                "timesPerDay",
                "daysPerWeek",
                "effortMin",
                "effortMax",
                "restSeconds",
                "pictureSource",
                "poseJson",
                "version")) {
            try {
                f.putSingle(k, (String) ExerciseForm.class.getMethod(k).invoke(form));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        form.angles().forEach((k, v) -> f.putSingle("angle." + k, v));
        return f;
    }

    /** The problems of a form, by field (the first of each). */
    private static Map<String, String> keys(List<FieldProblem> problems) {
        return problems.stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::key, (a, b) -> a));
    }

    private static List<FieldProblem> problems(ExerciseForm form) {
        return form.problems(LINKABLE);
    }

    @Test
    void aFormFilledFromAnExerciseGivesTheSameExerciseBack() throws IOException {
        ExerciseContent bridge = bridge();
        ExerciseForm form = ExerciseForm.from(posted(ExerciseForm.of(bridge, 3)));
        assertTrue(problems(form).isEmpty(), problems(form).toString());
        ExerciseContent back = form.content();
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
        MultivaluedMap<String, String> typed = posted(ExerciseForm.of(bridge(), 3));
        typed.putSingle("cues", "One\nTwo\nThree\nFour\nFive\nSix");
        typed.putSingle("sets", "0");
        typed.putSingle("repsMin", "abc");
        typed.put("targets", List.of());
        typed.putSingle("angle.end.right.knee", "170");
        ExerciseForm again = ExerciseForm.from(typed);
        assertThrows(IllegalStateException.class, again::content);
        Map<String, String> keys = keys(problems(again));
        assertEquals("form.exercise.wholeNumber", keys.get("repsMin"));
        // a value that does not read does not hide the other mistakes
        assertEquals("exercise.rule.count", keys.get("cues"));
        assertEquals("exercise.rule.range", keys.get("sets"));
        assertEquals("exercise.rule.count", keys.get("targets"));
        assertEquals("exercise.rule.illustration", keys.get("pose"));
        // and everything typed is still in the form
        assertEquals("Hip bridge", again.name());
        assertEquals("One\nTwo\nThree\nFour\nFive\nSix", again.cues());
        assertEquals("0", again.sets());
        assertEquals("170", again.angles().get("end.right.knee"));

        typed.putSingle("repsMin", "10");
        Map<String, String> second = keys(problems(ExerciseForm.from(typed)));
        assertEquals("exercise.rule.count", second.get("cues"));
        assertEquals("exercise.rule.range", second.get("sets"));
        assertEquals("exercise.rule.count", second.get("targets"));
        assertEquals("exercise.rule.illustration", second.get("pose"));
    }

    @Test
    void aBandNeedsItsPlacement() throws IOException {
        MultivaluedMap<String, String> typed = posted(ExerciseForm.of(bridge(), 3));
        typed.putSingle("bandPlacement", "");
        assertEquals(
                List.of("bandPlacement"),
                problems(ExerciseForm.from(typed)).stream()
                        .map(FieldProblem::field)
                        .toList());
    }

    @Test
    void aLinkMustLeadToAnExerciseOfTheLibrary() throws IOException {
        MultivaluedMap<String, String> typed = posted(ExerciseForm.of(bridge(), 3));
        typed.put("easierLink", List.of("no-such-exercise", "", ""));
        typed.put("harderLink", List.of("x".repeat(150_000), "", ""));
        Map<String, String> keys = keys(problems(ExerciseForm.from(typed)));
        assertEquals(
                Map.of("easier", "exercise.rule.linkNotAnExercise", "harder", "exercise.rule.linkNotAnExercise"), keys);

        typed.put("easierLink", List.of("clamshell", "", ""));
        typed.put("harderLink", List.of("single-leg-bridge", "", ""));
        assertTrue(problems(ExerciseForm.from(typed)).isEmpty());
    }

    @Test
    void controlCharactersAreRefusedBesideTheirField() throws IOException {
        MultivaluedMap<String, String> typed = posted(ExerciseForm.of(bridge(), 3));
        typed.putSingle("name", "Hip\u0000bridge");
        typed.putSingle("feel", "Your buttocks\u0085working");
        typed.put("easierHow", List.of("Smaller\u007f range", "", ""));
        Map<String, String> keys = keys(problems(ExerciseForm.from(typed)));
        assertEquals(
                Map.of(
                        "name",
                        "field.controlCharacter",
                        "feel",
                        "field.controlCharacter",
                        "easier",
                        "field.controlCharacter"),
                keys);
    }

    @Test
    void anEmptyFormNamesWhatIsMissingInsteadOfFailing() {
        ExerciseForm empty = ExerciseForm.from(new MultivaluedHashMap<>());
        Map<String, String> keys = keys(empty.problems());
        assertEquals("form.exercise.choose", keys.get("category"));
        assertEquals("exercise.rule.required", keys.get("sets"));
        assertEquals("exercise.rule.required", keys.get("name"));
        assertEquals("exercise.rule.noPicture", keys.get("pose"));
        assertEquals(-1, empty.versionSeen());
        assertTrue(empty.poseFromId().isEmpty());
    }

    @Test
    void aPoseThatIsNotAPoseIsAProblemOfThePictures() throws IOException {
        MultivaluedMap<String, String> typed = posted(ExerciseForm.of(bridge(), 3));
        for (String changed : List.of("not json", "[1, 2]", "{\"start\": 1, \"end\": {}}")) {
            typed.putSingle("poseJson", changed);
            ExerciseForm form = ExerciseForm.from(typed);
            assertEquals("exercise.rule.illustration", keys(form.problems()).get("pose"), changed);
            assertTrue(form.posedIllustration().isEmpty(), changed);
        }
    }

    @Test
    void aRangeTypedAtOneEndIsThatNumberAndNumbersMayHaveSpaces() throws IOException {
        MultivaluedMap<String, String> typed = posted(ExerciseForm.of(bridge(), 3));
        typed.putSingle("repsMin", " 12 ");
        typed.putSingle("repsMax", "");
        typed.putSingle("version", " 4 ");
        ExerciseForm form = ExerciseForm.from(typed);
        assertTrue(problems(form).isEmpty(), problems(form).toString());
        assertEquals(Integer.valueOf(12), form.content().dosage().repsMin());
        assertEquals(Integer.valueOf(12), form.content().dosage().repsMax());
        assertEquals(4, form.versionSeen());
    }

    @Test
    void usingAnotherPoseKeepsEverythingElseTyped() throws IOException {
        MultivaluedMap<String, String> typed = posted(ExerciseForm.blank(null));
        typed.putSingle("name", "Our bridge");
        typed.putSingle("pictureSource", "uploaded");
        ExerciseForm form = ExerciseForm.from(typed).withPose(bridge().illustrationJson());
        assertEquals("Our bridge", form.name());
        assertTrue(form.usesPose());
        assertEquals(
                String.valueOf(PoseAngles.read(bridge().illustrationJson()).get("end.left.knee")),
                form.angles().get("end.left.knee"));
        assertEquals(ExerciseForm.from(posted(form)), form, "the page sends back what it was given");
    }

    @Test
    void exerciseFieldsMapToFormFields() {
        assertEquals("cues", ExerciseFormReader.formField("cues[2]"));
        assertEquals("sets", ExerciseFormReader.formField("dosage.sets"));
        assertEquals("repsMin", ExerciseFormReader.formField("dosage.reps"));
        assertEquals("bandPlacement", ExerciseFormReader.formField("equipment[1].placement"));
        assertEquals("easier", ExerciseFormReader.formField("easier[2].how"));
        assertEquals("pose", ExerciseFormReader.formField("illustration"));
    }
}
