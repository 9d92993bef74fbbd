package app.gaitway.exercises.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchTextTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            delimiter = '=',
            value = {
                "Side-lying hip abduction = side lying hip abduction",
                "  CLAM   shell  = clam shell",
                "Figure 4 stretch = figure 4 stretch",
                "Figure four stretch = figure 4 stretch",
                "one TWO Three ten twelve = 1 2 3 10 12",
                "someone fourth = someone fourth",
                "I.T.B. stretch = itb stretch",
                "Child's pose = childs pose",
                "Child’s pose = childs pose",
                "90/90 hip switch = 90 90 hip switch",
                "Zoë's Übung = zoes ubung",
                "Straße = strasse",
                "Hip (progression) #2 = hip progression 2",
                "Ｆｕｌｌｗｉｄｔｈ = fullwidth",
                "... = ''",
            })
    void wordsAreLowerCaseWithoutAccentsOrPunctuation(String text, String words) {
        assertEquals(words, words(SearchText.of(text)));
    }

    private static String words(SearchText t) {
        List<String> words = new ArrayList<>();
        for (int w = 0; w < t.words(); w++) {
            words.add(new String(t.chars, t.starts[w], t.wordLength(w)));
        }
        return String.join(" ", words);
    }
}
