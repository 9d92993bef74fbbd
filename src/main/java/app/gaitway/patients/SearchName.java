package app.gaitway.patients;

import app.gaitway.shared.text.AsciiFolding;

import java.util.Arrays;
import java.util.List;

/**
 * Names as search compares them: lower case, accents off ("Zoë Núñez" is "zoe nunez"), apostrophes
 * dropped so "O'Brien" is "obrien", any other punctuation a space ("Smith-Jones" is "smith jones").
 * A patient's {@link #of(String, String) search name} is stored beside the record; a query is cut into
 * {@link #words(String) words} that must each appear somewhere in it, in any order.
 */
public final class SearchName {

    /** More words than this in a query are ignored: nobody has a longer name, and each word is a LIKE. */
    public static final int MAX_WORDS = 5;

    private SearchName() {}

    /** The stored search text of a patient: "given family", normalised. */
    public static String of(String givenName, String familyName) {
        return normalise(givenName + " " + familyName);
    }

    /** The words of a query, normalised like names; empty when it has none. */
    public static List<String> words(String query) {
        String normal = normalise(query);
        if (normal.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normal.split(" ")).distinct().limit(MAX_WORDS).toList();
    }

    /**
     * Lower-case letters and digits, words separated by single spaces. The result holds no LIKE wildcard
     * ({@code %}, {@code _}) or escape character, so it can go into a pattern as it is.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = foldToAscii(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(Character.toLowerCase(c));
            } else if (!isApostrophe(c)) {
                space = true;
            }
        }
        return out.toString();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`';
    }

    private static String foldToAscii(String s) {
        return AsciiFolding.fold(s);
    }
}
