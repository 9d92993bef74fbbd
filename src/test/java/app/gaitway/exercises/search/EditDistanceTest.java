package app.gaitway.exercises.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} / {1}, budget {2}: whole {3}, prefix {4}")
    @CsvSource({
        "stretch, stretch, 1, 0, 0",
        "strech, stretch, 1, 1, 1",
        "streach, stretch, 1, 1, 1",
        "hydrent, hydrant, 1, 1, 1",
        "flexer, flexor, 1, 1, 1",
        "hpib, hipb, 1, 1, 1", // a swap of neighbours is one typo
        "hipb, hbip, 1, 2, 2",
        "abductoin, abduction, 2, 1, 1",
        "abductoin, adduction, 2, 2, 2",
        "bridge, side, 1, 2, 2", // over budget: budget + 1
        "side, slide, 1, 1, 1",
        "hydr, hydrant, 1, 2, 0", // the start of the word, not all of it
        "hydrn, hydrant, 1, 2, 1",
        "clamshel, clamshell, 2, 1, 0",
        "xxxxxxxx, clamshell, 2, 3, 3",
        "plank, plank with reach, 2, 3, 0",
    })
    void measuresWithinTheBudget(String a, String b, int budget, int whole, int prefix) {
        EditDistance d = new EditDistance();
        d.measure(a.toCharArray(), 0, a.length(), b.toCharArray(), 0, b.length(), budget);
        assertEquals(whole, d.whole, "whole");
        assertEquals(prefix, d.prefix, "prefix");
    }

    @Test
    void agreesWithTheTextbookMatrixOnRandomWords() {
        Random random = new Random(7);
        EditDistance d = new EditDistance();
        for (int round = 0; round < 20_000; round++) {
            String a = randomWord(random);
            String b = randomWord(random);
            int budget = random.nextInt(3);
            d.measure(a.toCharArray(), 0, a.length(), b.toCharArray(), 0, b.length(), budget);
            int whole = Math.min(textbook(a, b), budget + 1);
            int prefix = budget + 1;
            for (int cut = 0; cut <= b.length(); cut++) {
                prefix = Math.min(prefix, textbook(a, b.substring(0, cut)));
            }
            assertEquals(whole, d.whole, a + " / " + b + " budget " + budget);
            assertEquals(prefix, d.prefix, a + " / " + b + " budget " + budget + " prefix");
        }
    }

    /** Small alphabet, short words: many near misses, swaps and repeats. */
    private static String randomWord(Random random) {
        char[] c = new char[1 + random.nextInt(9)];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) ('a' + random.nextInt(4));
        }
        return new String(c);
    }

    /** Optimal string alignment over the full matrix. */
    private static int textbook(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
