package app.gaitway.patients;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SearchNameTest {

    @Test
    void storesGivenThenFamilyInLowerCase() {
        assertEquals("ana lopez", SearchName.of("Ana", "LOPEZ"));
    }

    @Test
    void dropsAccentsSoTheyNeedNotBeTyped() {
        assertEquals("zoe nunez", SearchName.of("Zoë", "Núñez"));
        assertEquals("francois muller", SearchName.of("François", "Müller"));
        assertEquals("jurgen strasse", SearchName.of("Jürgen", "Straße"));
        assertEquals("soren lokke", SearchName.of("Søren", "Løkke"));
        assertEquals("lech walesa", SearchName.of("Lech", "Wałęsa"));
    }

    @Test
    void apostrophesJoinAndOtherPunctuationSeparates() {
        assertEquals("sean obrien", SearchName.of("Seán", "O'Brien"));
        assertEquals("sean obrien", SearchName.of("Seán", "O\u2019Brien"));
        assertEquals("mary smith jones", SearchName.of("Mary", "Smith-Jones"));
        assertEquals("jean luc picard", SearchName.of("  Jean-Luc ", " Picard  "));
    }

    @Test
    void queryWordsAreNormalisedLikeNames() {
        assertEquals(List.of("obrien"), SearchName.words("O’BRIEN"));
        assertEquals(List.of("nunez", "zo"), SearchName.words("  Núñez,  Zo "));
        assertEquals(List.of("smith", "jones"), SearchName.words("smith-jones"));
    }

    @Test
    void aQueryOfOnlyPunctuationHasNoWords() {
        assertEquals(List.of(), SearchName.words(" - ' . "));
        assertEquals(List.of(), SearchName.words(null));
    }

    @Test
    void likeWildcardsNeverSurvive() {
        String normal = SearchName.normalise("50% of_all \\ names");
        assertFalse(normal.contains("%") || normal.contains("_") || normal.contains("\\"), normal);
        assertEquals("50 of all names", normal);
    }

    @Test
    void repeatedWordsCountOnceAndAtMostFiveAreUsed() {
        assertEquals(List.of("ana", "b", "c", "d", "e"), SearchName.words("ana ANA b c d e f g"));
    }
}
