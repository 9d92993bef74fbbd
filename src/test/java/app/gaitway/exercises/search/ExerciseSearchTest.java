package app.gaitway.exercises.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseSearchTest {

    private static List<String> names(String query) {
        return ExerciseSearch.rank(query, Library.EXERCISES).stream()
                .map(m -> Library.name(m.id()))
                .toList();
    }

    private static String first(String query) {
        List<String> found = names(query);
        assertFalse(found.isEmpty(), "nothing found for \"" + query + "\"");
        return found.get(0);
    }

    // --- forgiving spelling, spacing and numbers ---

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(
            delimiter = '=',
            value = {
                "clam shell = Clamshell",
                "CLAMSHELL = Clamshell",
                "clamshel = Clamshell",
                "fire hydrent = Fire hydrant",
                "firehydrant = Fire hydrant",
                "sidelying leg raise = Side-lying hip abduction",
                "side-lying hip abduction = Side-lying hip abduction",
                "side lying hip abduction = Side-lying hip abduction",
                "Side‐lying hip abduction! = Side-lying hip abduction",
                "hip flexer streach = Hip flexor stretch",
                "hip flexor strech = Hip flexor stretch",
                "fig 4 = Figure 4 stretch",
                "figure four = Figure 4 stretch",
                "fig four = Figure 4 stretch",
                "figure-4 = Figure 4 stretch",
                "figure4 = Figure 4 stretch",
                "itb = ITB stretch",
                "I.T.B. stretch = ITB stretch",
                "it band = ITB stretch",
                "piriformis = Figure 4 stretch",
                "hamstrnig stretch = Hamstring stretch",
                "gastrocnemus = Calf stretch",
                "one leg bridge = Single-leg bridge",
                "1 leg bridge = Single-leg bridge",
                "sit-to-stand = Sit to stand",
                "stepup = Step-up",
                "monstr walk = Monster walk",
                "bird-dog = Bird dog",
                "deadbug = Dead bug",
                "  hip   thrust  = Hip thrust",
                "pélvic tílt = Pelvic tilt",
                "hinge hip = Hip hinge",
                "stretch butterfly = Butterfly stretch",
                "side stepping band = Side-stepping with band",
            })
    void forgivesTyposSpacingAccentsAndNumberWords(String query, String expected) {
        assertEquals(expected, first(query));
    }

    @Test
    void matchedTextIsTheNameOrAliasThatMatched() {
        List<SearchMatch> found = ExerciseSearch.rank("sidelying leg raise", Library.EXERCISES);
        assertEquals("Side-lying leg raise", found.get(0).matchedText());
        assertEquals(
                "Side-lying hip abduction",
                ExerciseSearch.rank("side lying hip abd", Library.EXERCISES)
                        .get(0)
                        .matchedText());
        assertEquals(
                "Piriformis stretch",
                ExerciseSearch.rank("piriformis", Library.EXERCISES).get(0).matchedText());
    }

    // --- ranking ---

    @Test
    void bridgeGivesThePlainBridgeFirstThenItsVariations() {
        // "Hip bridge" has an alias "Glute bridge" too; all three have "bridge" as a whole word
        // (same tier, same quality), so the shortest name wins and variations follow alphabetically.
        assertEquals(List.of("Hip bridge", "Banded hip bridge", "Single-leg bridge"), names("bridge"));
    }

    @Test
    void exactNameBeatsEverythingThatStartsWithIt() {
        assertEquals(List.of("Calf raise", "Calf stretch"), names("calf").subList(0, 2));
        assertEquals("Hip bridge", first("hip bridge"));
        assertEquals(List.of("Hip bridge", "Banded hip bridge"), names("hip bridge"));
    }

    @Test
    void startsWithBeatsWordsFoundInside() {
        List<String> hip = names("hip");
        // names starting with "hip", shortest first, before names with "hip" later on
        assertEquals(
                List.of("Hip hinge", "Hip bridge", "Hip thrust", "Hip flexor stretch", "Hip adduction squeeze"),
                hip.subList(0, 5));
        assertTrue(hip.indexOf("Banded hip bridge") > hip.indexOf("Hip adduction squeeze"));
        assertTrue(hip.contains("Side-lying hip abduction"));
        assertTrue(hip.contains("Fire hydrant"), "alias Quadruped hip abduction");
        assertFalse(hip.contains("Hamstring stretch"));
    }

    @Test
    void nameMatchRanksAboveTheSameMatchOnAnAlias() {
        // "Single-leg stance" by name, "Single-leg bridge" by name; "One-leg glute bridge" is an alias
        List<SearchMatch> found = ExerciseSearch.rank("single leg", Library.EXERCISES);
        assertEquals(
                List.of("Single-leg bridge", "Single-leg stance"),
                found.stream().map(m -> Library.name(m.id())).toList());
        List<String> squeeze = names("squeeze");
        // "Hip adduction squeeze" has "squeeze" inside its name: word prefix on the name
        assertEquals("Hip adduction squeeze", squeeze.get(0));

        SearchEntry byName = new SearchEntry(1, "Wall squat", List.of());
        SearchEntry byAlias = new SearchEntry(2, "Chair pose", List.of("Wall squat"));
        assertEquals(List.of(1L, 2L), ids("wall squat", byAlias, byName));
        assertEquals(List.of(1L, 2L), ids("wall", byAlias, byName));
        assertEquals(List.of(1L, 2L), ids("wal squat", byAlias, byName));
    }

    @Test
    void fewerTyposRankHigher() {
        SearchEntry oneTypo = new SearchEntry(1, "Hip adduction", List.of());
        SearchEntry twoTypos = new SearchEntry(2, "Hip abduction", List.of());
        // alphabetically "abduction" would come first
        assertEquals(List.of(1L, 2L), ids("hip adductoin", twoTypos, oneTypo));
    }

    @Test
    void wholeWordBeatsHalfTypedWordInTheSameTier() {
        SearchEntry whole = new SearchEntry(1, "Step up and over", List.of());
        SearchEntry partial = new SearchEntry(2, "Steps", List.of());
        // both start with "step"; the shorter name would win if the half-typed word did not cost
        assertEquals(List.of(1L, 2L), ids("step", partial, whole));
    }

    @Test
    void tiesGoToTheShorterNameThenAlphabetically() {
        SearchEntry b = new SearchEntry(1, "Banded squat", List.of());
        SearchEntry a = new SearchEntry(2, "Goblet squat", List.of());
        SearchEntry c = new SearchEntry(3, "Air squat", List.of());
        assertEquals(List.of(3L, 1L, 2L), ids("squat", a, b, c));
    }

    @Test
    void exactMatchBeatsStartsWithBeatsWordsInside() {
        SearchEntry word = new SearchEntry(1, "Side plank", List.of());
        SearchEntry starts = new SearchEntry(2, "Plank with reach", List.of());
        SearchEntry exact = new SearchEntry(3, "Plank", List.of());
        assertStrictlyDescending(ExerciseSearch.rank("plank", List.of(word, starts, exact)), 3L, 2L, 1L);
    }

    @Test
    void typosComeAfterEveryMatchWithoutOne() {
        SearchEntry typo = new SearchEntry(1, "Plain walk", List.of());
        SearchEntry word = new SearchEntry(2, "Side plank", List.of());
        SearchEntry starts = new SearchEntry(3, "Plank with reach", List.of());
        assertStrictlyDescending(ExerciseSearch.rank("plan", List.of(typo, word, starts)), 3L, 2L, 1L);
    }

    private static void assertStrictlyDescending(List<SearchMatch> found, Long... ids) {
        assertEquals(List.of(ids), found.stream().map(SearchMatch::id).toList());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).score() > found.get(i).score(), found.toString());
            assertTrue(found.get(i).score() > 0);
        }
    }

    // --- nothing irrelevant ---

    @ParameterizedTest(name = "\"{0}\" does not find {1}")
    @CsvSource(
            delimiter = '=',
            value = {
                "bridge = Side plank",
                "bridge = Hip hinge",
                "squat = Hip adduction squeeze",
                "calf raise = Clamshell",
                "hip flexor stretch = Hip bridge",
                "hip flexor stretch = Hamstring stretch",
                "leg = Side plank",
                "shell = Clamshell",
                "plank = Clamshell",
                "stretch = Straight leg raise",
                "walk = Wall sit",
                "side = Tandem stance",
                "quad = Mini squat",
                "calf = Hip flexor stretch",
                "side = Heel slide",
            })
    void doesNotFindIrrelevantExercises(String query, String unwanted) {
        assertFalse(names(query).contains(unwanted), names(query).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"s", "S", "h", "q"})
    void oneLetterMatchesOnlyWordStarts(String letter) {
        List<SearchMatch> found = ExerciseSearch.rank(letter, Library.EXERCISES);
        assertFalse(found.isEmpty());
        String l = letter.toLowerCase();
        for (SearchMatch m : found) {
            boolean startsAWord = Arrays.stream(m.matchedText().toLowerCase().split("[^a-z0-9]+"))
                    .anyMatch(w -> w.startsWith(l));
            assertTrue(startsAWord, m.matchedText());
        }
        // and it does find every exercise with such a word, in its name
        long withWord = Library.EXERCISES.stream()
                .filter(e -> Arrays.stream(e.name().toLowerCase().split("[^a-z0-9]+"))
                        .anyMatch(w -> w.startsWith(l)))
                .count();
        assertTrue(found.size() >= withWord);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xyz", "zumba", "hip zumba", "bridge zumba", "4444", "shoulder"})
    void noMatchIsAnEmptyList(String query) {
        assertEquals(List.of(), ExerciseSearch.rank(query, Library.EXERCISES));
    }

    @Test
    void everyQueryWordMustBeFound() {
        assertEquals(List.of(), names("hip flexor lunge"));
        assertEquals(List.of("Single-leg bridge"), names("single leg bridge"));
    }

    @Test
    void littleWordsTheNameLacksAreForgiven() {
        assertEquals("Step-up", first("step up on a"));
        assertEquals("Knee to chest stretch", first("knee to the chest"));
        // but a query of only little words is taken literally
        assertEquals(List.of("Sit to stand", "Knee to chest stretch", "Tandem stance"), names("to"));
    }

    // --- blank ---

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "-", " ?! "})
    void blankQueryListsEverythingByNameWithScoreZero(String query) {
        List<SearchMatch> found = ExerciseSearch.rank(query, Library.EXERCISES);
        assertEquals(Library.EXERCISES.size(), found.size());
        assertEquals("Balance board weight shift", found.get(0).matchedText());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1)
                            .matchedText()
                            .compareToIgnoreCase(found.get(i).matchedText())
                    <= 0);
            assertEquals(0, found.get(i).score());
        }
    }

    @Test
    void nullQueryIsBlankAndBlankOrderIgnoresCase() {
        SearchEntry lower = new SearchEntry(1, "banded walk", null);
        SearchEntry upper = new SearchEntry(2, "Ankle pumps", List.of());
        SearchEntry middle = new SearchEntry(3, "Calf raise", List.of());
        assertEquals(List.of(2L, 1L, 3L), ids(null, lower, upper, middle));
    }

    @Test
    void emptyLibraryFindsNothing() {
        assertEquals(List.of(), ExerciseSearch.rank("bridge", List.of()));
        assertEquals(List.of(), ExerciseSearch.rank("", List.of()));
    }

    @Test
    void oddEntriesDoNotBreakTheSearch() {
        SearchEntry empty = new SearchEntry(1, "", List.of("", "  "));
        SearchEntry punctuation = new SearchEntry(2, "---", List.of());
        SearchEntry greek = new SearchEntry(3, "Άσκηση γέφυρα", List.of());
        SearchEntry german = new SearchEntry(4, "Straße Übung", List.of());
        SearchEntry longName = new SearchEntry(5, "word ".repeat(200), List.of());
        List<SearchEntry> all = List.of(empty, punctuation, greek, german, longName);
        assertEquals(List.of(3L), ids("ασκηση", all.toArray(SearchEntry[]::new)));
        assertEquals(List.of(4L), ids("strasse ubung", all.toArray(SearchEntry[]::new)));
        assertEquals(List.of(5L), ids("word word", all.toArray(SearchEntry[]::new)));
        assertEquals(List.of(), ids("x".repeat(10_000), all.toArray(SearchEntry[]::new)));
    }

    @Test
    void numberWordsAreReadAsDigitsInNamesToo() {
        SearchEntry ninety = new SearchEntry(1, "Hip switch", List.of("90/90 hip stretch"));
        SearchEntry seven = new SearchEntry(2, "Seven-way hip", List.of());
        assertEquals(List.of(1L), ids("90 90", ninety, seven));
        assertEquals(List.of(2L), ids("7 way", ninety, seven));
        assertEquals(List.of(2L), ids("seven", ninety, seven));
    }

    private static List<Long> ids(String query, SearchEntry... entries) {
        return ExerciseSearch.rank(query, List.of(entries)).stream()
                .map(SearchMatch::id)
                .toList();
    }
}
