package app.gaitway.exercises;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rough reading grade (Flesch–Kincaid) for patient texts. It rewards what helps a patient reading at home:
 * short sentences and short words. A guide for writers and a guard in tests, not a verdict on meaning.
 */
public final class ReadingLevel {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*|\\d+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)|\\n");

    private ReadingLevel() {}

    /** The US school grade the text reads at; texts without words are grade 0. */
    public static double grade(String text) {
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        if (words == 0) {
            return 0;
        }
        int sentences = 0;
        Matcher s = SENTENCE_END.matcher(text.strip());
        while (s.find()) {
            sentences++;
        }
        sentences = Math.max(1, sentences);
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /** Vowel groups, less a silent final e: good enough on average, which is all a grade needs. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        int count = 0;
        boolean inVowels = false;
        for (char c : w.toCharArray()) {
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            if (vowel && !inVowels) {
                count++;
            }
            inVowels = vowel;
        }
        return Math.max(1, count);
    }
}
