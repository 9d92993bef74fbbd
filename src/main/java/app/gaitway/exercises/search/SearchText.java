package app.gaitway.exercises.search;

import app.gaitway.shared.text.AsciiFolding;

import java.util.Arrays;

/**
 * A name, alias or query reduced to what search compares: lower-case words without accents
 * or punctuation, numbers written as digits ("four" is "4"), stored as the words joined
 * without spaces plus where each word starts. Keeping the joined form lets "clam shell"
 * meet "Clamshell" and "sidelying" meet "Side-lying" without a second representation.
 */
final class SearchText {

    private static final String[] NUMBER_WORDS = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"
    };

    /** Little words a query may carry that a name need not ("bridge with march" for "Bridge march"). */
    private static final String[] STOP_WORDS = {"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "with"};

    /** The words, lower case, joined without spaces. */
    final char[] chars;
    /** Where each word starts in {@link #chars}, and {@code chars.length} as the last element. */
    final int[] starts;
    /** The letters each word holds (see {@link #bit}), for rejecting a comparison before measuring it. */
    final long[] wordMasks;
    /** The letters of the whole text. */
    final long mask;

    private SearchText(char[] chars, int[] starts) {
        this.chars = chars;
        this.starts = starts;
        this.wordMasks = new long[starts.length - 1];
        long all = 0;
        for (int w = 0; w < wordMasks.length; w++) {
            wordMasks[w] = maskOf(chars, starts[w], starts[w + 1]);
            all |= wordMasks[w];
        }
        this.mask = all;
    }

    static SearchText of(String text) {
        String s = isAscii(text) ? text : foldToAscii(text);
        char[] out = new char[s.length()];
        int[] starts = new int[s.length() / 2 + 2];
        int length = 0;
        int words = 0;
        int wordStart = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isWordChar(c)) {
                if (wordStart < 0) {
                    wordStart = length;
                }
                out[length++] = lower(c);
            } else if (wordStart >= 0 && joinsWord(s, i)) {
                continue; // "I.T.B." is "itb", "Child's" is "childs"
            } else if (wordStart >= 0) {
                length = endWord(out, wordStart, length);
                starts[words++] = wordStart;
                wordStart = -1;
            }
        }
        if (wordStart >= 0) {
            length = endWord(out, wordStart, length);
            starts[words++] = wordStart;
        }
        int[] bounds = Arrays.copyOf(starts, words + 1);
        bounds[words] = length;
        return new SearchText(Arrays.copyOf(out, length), bounds);
    }

    int words() {
        return starts.length - 1;
    }

    boolean isEmpty() {
        return chars.length == 0;
    }

    int wordLength(int w) {
        return starts[w + 1] - starts[w];
    }

    /** Whether {@code position} in {@link #chars} is where a word starts or the text ends. */
    boolean isBoundary(int position) {
        return Arrays.binarySearch(starts, position) >= 0;
    }

    /** The word that {@code position} (a character of {@link #chars}) belongs to. */
    int wordAt(int position) {
        int i = Arrays.binarySearch(starts, position);
        return i >= 0 ? i : -i - 2;
    }

    boolean isStopWord(int w) {
        int len = wordLength(w);
        for (String stop : STOP_WORDS) {
            if (stop.length() == len && Arrays.equals(chars, starts[w], starts[w] + len, stop.toCharArray(), 0, len)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text from {@code from} onwards begins with {@code other.chars[oFrom, oTo)}. */
    boolean hasAt(int from, char[] other, int oFrom, int oTo) {
        int len = oTo - oFrom;
        return from + len <= chars.length && Arrays.equals(chars, from, from + len, other, oFrom, oTo);
    }

    static long maskOf(char[] chars, int from, int to) {
        long m = 0;
        for (int i = from; i < to; i++) {
            m |= bit(chars[i]);
        }
        return m;
    }

    /** One bit per letter and digit; other characters (Greek, Cyrillic...) share the remaining bits. */
    private static long bit(char c) {
        if (c >= 'a' && c <= 'z') {
            return 1L << (c - 'a');
        }
        if (c >= '0' && c <= '9') {
            return 1L << (26 + c - '0');
        }
        return 1L << (36 + c % 28);
    }

    /** Ends the word at {@code out[start, end)}: a number word becomes its digits. Returns the new end. */
    private static int endWord(char[] out, int start, int end) {
        int len = end - start;
        if (len < 3 || len > 6) {
            return end;
        }
        for (int n = 0; n < NUMBER_WORDS.length; n++) {
            String word = NUMBER_WORDS[n];
            if (word.length() == len && Arrays.equals(out, start, end, word.toCharArray(), 0, len)) {
                String digits = Integer.toString(n);
                digits.getChars(0, digits.length(), out, start);
                return start + digits.length();
            }
        }
        return end;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    /** An apostrophe or full stop between two word characters joins them instead of splitting. */
    private static boolean joinsWord(String s, int i) {
        char c = s.charAt(i);
        return (c == '\'' || c == '.') && i + 1 < s.length() && isWordChar(s.charAt(i + 1));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String foldToAscii(String s) {
        return AsciiFolding.fold(s);
    }
}
