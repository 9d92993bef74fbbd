package app.gaitway.exercises.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds exercises by name or alias the way a therapist types them: case, accents, hyphens,
 * punctuation and spacing do not matter, numbers may be words ("figure four"), and a small
 * typo per word is forgiven ("hip flexer streach").
 *
 * <p>Results come in four tiers, best first:
 * <ol>
 * <li>the query is the whole name or alias ("clamshell", "clam shell");</li>
 * <li>the name or alias starts with the query ("hip" finds "Hip bridge");</li>
 * <li>every query word starts a word of the name or alias, in any order ("bridge" finds
 *     "Banded hip bridge", "fig 4" finds "Figure 4 stretch");</li>
 * <li>every query word is within a typo budget of a word: none for words of up to 3
 *     letters, 1 for 4 to 7, 2 for longer ones ("fire hydrent"). A query word that is itself a
 *     word of some name or alias in the list is taken as meant and gets no budget, so "walk"
 *     does not bring up "Wall sit", nor "calf" "Half-kneeling ...".</li>
 * </ol>
 * Within a tier, fewer compromises first (a half-typed word, words out of order, a typo costs
 * twice that); then a match on the name before the same match on an alias; then the shorter
 * name; then the name alphabetically. So "bridge" gives "Hip bridge" before "Banded hip bridge"
 * and "Single-leg bridge": all three have "bridge" as a whole word, the plain exercise has the
 * shortest name and its variations follow in a predictable (alphabetical) order.
 *
 * <p>Nothing is kept between calls: each entry is normalised once per call, in a single pass
 * over its characters, and a letter-set check rejects most words before any edit distance is
 * measured. A few thousand entries take a few milliseconds.
 */
public final class ExerciseSearch {

    /** Longer queries are cut: nobody types more, and the work grows with the query. */
    private static final int MAX_QUERY_LENGTH = 100;
    /** How many neighbouring words may be read as one ("clam shell" for "clamshell"). */
    private static final int MAX_JOINED_WORDS = 3;

    private static final int EXACT = 0;
    private static final int STARTS_WITH = 1;
    private static final int WORD_PREFIXES = 2;
    private static final int FUZZY = 3;
    private static final int TIERS = 4;

    private ExerciseSearch() {}

    /**
     * The entries that match {@code query}, best first. A blank query (or one of only punctuation)
     * returns every entry with score 0, ordered by name; a query nothing matches returns an empty list.
     */
    public static List<SearchMatch> rank(String query, Collection<SearchEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.length() > MAX_QUERY_LENGTH) {
            trimmed = trimmed.substring(0, MAX_QUERY_LENGTH);
        }
        SearchText q = SearchText.of(trimmed);
        if (q.isEmpty()) {
            return everything(entries);
        }
        // every entry normalised once; on the way, note which query words the library spells that way
        SearchText[][] texts = new SearchText[entries.size()][];
        boolean[] known = new boolean[q.words()];
        int i = 0;
        for (SearchEntry entry : entries) {
            SearchText[] t = new SearchText[1 + entry.aliases().size()];
            t[0] = SearchText.of(entry.name());
            for (int a = 0; a < entry.aliases().size(); a++) {
                t[a + 1] = SearchText.of(entry.aliases().get(a));
            }
            for (SearchText text : t) {
                markKnownWords(q, text, known);
            }
            texts[i++] = t;
        }
        Matcher matcher = new Matcher(q, known);
        List<Found> found = new ArrayList<>();
        i = 0;
        for (SearchEntry entry : entries) {
            SearchText[] t = texts[i++];
            Found best = null;
            long quality = matcher.match(t[0]);
            if (quality != Matcher.NONE) {
                best = new Found(entry, quality, false, entry.name());
            }
            for (int a = 1; a < t.length; a++) {
                long aliasQuality = matcher.match(t[a]);
                // an alias has to do strictly better than the name: at equal quality the name wins
                if (aliasQuality != Matcher.NONE && (best == null || aliasQuality < best.quality)) {
                    best = new Found(entry, aliasQuality, true, entry.aliases().get(a - 1));
                }
            }
            if (best != null) {
                found.add(best);
            }
        }
        found.sort(Comparator.comparingDouble(Found::score).reversed().thenComparing(Found::entry, BY_NAME));
        List<SearchMatch> matches = new ArrayList<>(found.size());
        for (Found f : found) {
            matches.add(new SearchMatch(f.entry.id(), f.score(), f.text));
        }
        return matches;
    }

    /**
     * Marks the query words that are a whole word of {@code text}. A word the library itself uses
     * is taken as meant, not as a typo: "walk" must not find "Wall sit", nor "calf" "Half-kneeling".
     */
    private static void markKnownWords(SearchText q, SearchText text, boolean[] known) {
        for (int tw = 0; tw < text.words(); tw++) {
            int from = text.starts[tw];
            int to = text.starts[tw + 1];
            for (int w = 0; w < known.length; w++) {
                if (!known[w]
                        && q.wordLength(w) == to - from
                        && text.hasAt(from, q.chars, q.starts[w], q.starts[w + 1])) {
                    known[w] = true;
                }
            }
        }
    }

    /** Shorter name first, then alphabetical ignoring case, then id so the order never depends on input order. */
    private static final Comparator<SearchEntry> BY_NAME = Comparator.comparingInt(
                    (SearchEntry e) -> e.name().length())
            .thenComparing(e -> e.name().toLowerCase(Locale.ROOT))
            .thenComparingLong(SearchEntry::id);

    private static List<SearchMatch> everything(Collection<SearchEntry> entries) {
        return entries.stream()
                .sorted(Comparator.comparing((SearchEntry e) -> e.name().toLowerCase(Locale.ROOT))
                        .thenComparingLong(SearchEntry::id))
                .map(e -> new SearchMatch(e.id(), 0, e.name()))
                .toList();
    }

    private record Found(SearchEntry entry, long quality, boolean alias, String text) {

        /** Tier first (a band of 0.25 each), then compromises, then name over alias: in (0, 1]. */
        double score() {
            int tier = (int) (quality >> 32);
            int penalty = (int) Math.min(quality & 0xffffffffL, 20);
            return (TIERS - tier) / (double) TIERS - penalty * 0.005 - (alias ? 0.0025 : 0);
        }
    }

    /**
     * Matches one query against texts. A result packs the tier (high 32 bits) and the penalty
     * (low bits) into a long, so smaller is better and comparing two results is one comparison.
     */
    private static final class Matcher {

        static final long NONE = Long.MAX_VALUE;

        /** Costs, in penalty points, of the compromises a match may make. */
        private static final int PARTIAL_WORD = 1;

        private static final int OUT_OF_ORDER = 1;
        private static final int SKIPPED_STOP_WORD = 1;
        private static final int SPACING = 1;
        private static final int PER_TYPO = 2;

        private final SearchText q;
        private final boolean hasOnlyStopWords;
        /** Each query word's letters: a text missing more of them than any typo budget allows is skipped at once. */
        private final long[] wordMasks;
        /** Letters and typo budget of each run of query words: [first word][words in the run - 1]. */
        private final long[][] runMasks;

        private final int[][] runBudgets;
        /** Query words the library uses as they are: no typo is forgiven in them. */
        private final boolean[] known;

        private final EditDistance distance = new EditDistance();

        Matcher(SearchText query, boolean[] known) {
            this.q = query;
            this.known = known;
            boolean allStop = true;
            for (int w = 0; w < q.words(); w++) {
                allStop &= q.isStopWord(w);
            }
            this.hasOnlyStopWords = allStop;
            this.wordMasks = q.wordMasks;
            this.runMasks = new long[q.words()][MAX_JOINED_WORDS];
            this.runBudgets = new int[q.words()][MAX_JOINED_WORDS];
            for (int w = 0; w < q.words(); w++) {
                for (int end = w + 1; end <= Math.min(q.words(), w + MAX_JOINED_WORDS); end++) {
                    runMasks[w][end - w - 1] = SearchText.maskOf(q.chars, q.starts[w], q.starts[end]);
                    runBudgets[w][end - w - 1] = allKnown(w, end) ? 0 : budget(q.starts[end] - q.starts[w]);
                }
            }
        }

        long match(SearchText t) {
            if (t.isEmpty()) {
                return NONE;
            }
            if ((q.mask & ~t.mask) == 0) {
                long strict = matchStrictly(t);
                if (strict != NONE) {
                    return strict;
                }
            }
            for (int w = 0; w < q.words(); w++) {
                // no word of the text can be within budget (at most 2) of a query word missing 3 of its letters
                if (Long.bitCount(wordMasks[w] & ~t.mask) > 2 && !optional(w)) {
                    return NONE;
                }
            }
            int penalty = fuzzy(t);
            return penalty < 0 ? NONE : quality(FUZZY, penalty);
        }

        /** The three tiers without typos. */
        private long matchStrictly(SearchText t) {
            char[] qc = q.chars;
            if (qc.length == t.chars.length && t.hasAt(0, qc, 0, qc.length)) {
                return quality(EXACT, sameSpacing(t) ? 0 : SPACING);
            }
            if (t.hasAt(0, qc, 0, qc.length)) {
                int penalty = (t.isBoundary(qc.length) ? 0 : PARTIAL_WORD) + (sameSpacing(t) ? 0 : SPACING);
                return quality(STARTS_WITH, penalty);
            }
            int penalty = wordPrefixes(t);
            return penalty < 0 ? NONE : quality(WORD_PREFIXES, penalty);
        }

        /** Whether every word break of the query is a word break of the text. */
        private boolean sameSpacing(SearchText t) {
            for (int w = 1; w < q.words(); w++) {
                if (!t.isBoundary(q.starts[w])) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Every query word (or run of neighbouring query words read as one) starts a different
         * word of the text. Returns the penalty, or -1.
         */
        private int wordPrefixes(SearchText t) {
            long used = 0;
            int penalty = 0;
            int lastWord = -1;
            int w = 0;
            while (w < q.words()) {
                int matchedWord = -1;
                int runEnd = -1;
                for (int end = Math.min(q.words(), w + MAX_JOINED_WORDS); end > w && matchedWord < 0; end--) {
                    for (int tw = 0; tw < t.words() && tw < 64; tw++) {
                        if ((used & 1L << tw) == 0 && t.hasAt(t.starts[tw], q.chars, q.starts[w], q.starts[end])) {
                            // prefer a word the run fills completely over one it only starts
                            boolean whole = t.isBoundary(t.starts[tw] + q.starts[end] - q.starts[w]);
                            if (matchedWord < 0 || whole) {
                                matchedWord = tw;
                                runEnd = end;
                            }
                            if (whole) {
                                break;
                            }
                        }
                    }
                }
                if (matchedWord < 0) {
                    if (!optional(w)) {
                        return -1;
                    }
                    penalty += SKIPPED_STOP_WORD;
                    w++;
                    continue;
                }
                int endChar = t.starts[matchedWord] + q.starts[runEnd] - q.starts[w];
                penalty += t.isBoundary(endChar) ? 0 : PARTIAL_WORD;
                penalty += matchedWord < lastWord ? OUT_OF_ORDER : 0;
                int lastCovered = t.wordAt(endChar - 1);
                for (int covered = matchedWord; covered <= lastCovered && covered < 64; covered++) {
                    used |= 1L << covered;
                }
                lastWord = matchedWord;
                w = runEnd;
            }
            return penalty;
        }

        /**
         * Every query word (or run of neighbouring query words) is within its typo budget of a
         * different word (or run of neighbouring words) of the text, as a whole or as the start
         * of it. Greedy, query word by query word, cheapest first. Returns the penalty, or -1.
         */
        private int fuzzy(SearchText t) {
            long used = 0;
            int penalty = 0;
            int lastWord = -1;
            int w = 0;
            while (w < q.words()) {
                int bestCost = Integer.MAX_VALUE;
                int bestWord = -1;
                int bestSpanEnd = -1;
                int bestRunEnd = -1;
                for (int end = Math.min(q.words(), w + MAX_JOINED_WORDS); end > w; end--) {
                    int qFrom = q.starts[w];
                    int qTo = q.starts[end];
                    int length = qTo - qFrom;
                    int budget = runBudgets[w][end - w - 1];
                    long runMask = runMasks[w][end - w - 1];
                    for (int tw = 0; tw < t.words() && tw < 64; tw++) {
                        long spanMask = 0;
                        for (int spanEnd = tw + 1;
                                spanEnd <= Math.min(t.words(), tw + MAX_JOINED_WORDS) && spanEnd <= 64;
                                spanEnd++) {
                            if ((used & 1L << (spanEnd - 1)) != 0) {
                                break;
                            }
                            spanMask |= t.wordMasks[spanEnd - 1];
                            int tFrom = t.starts[tw];
                            int tTo = t.starts[spanEnd];
                            int spanLength = tTo - tFrom;
                            if (length - spanLength > budget) {
                                continue; // the span is still too short; a longer one may fit
                            }
                            int cost = cost(qFrom, qTo, budget, runMask, t, tFrom, tTo, spanMask);
                            // at equal cost the longer run wins: it leaves fewer query words to place
                            if (cost < bestCost) {
                                bestCost = cost;
                                bestWord = tw;
                                bestSpanEnd = spanEnd;
                                bestRunEnd = end;
                            }
                            if (spanLength - length > budget) {
                                break; // longer spans only add letters the run does not have
                            }
                        }
                    }
                }
                if (bestWord < 0) {
                    if (!optional(w)) {
                        return -1;
                    }
                    penalty += SKIPPED_STOP_WORD;
                    w++;
                    continue;
                }
                penalty += bestCost + (bestWord < lastWord ? OUT_OF_ORDER : 0);
                for (int covered = bestWord; covered < bestSpanEnd; covered++) {
                    used |= 1L << covered;
                }
                lastWord = bestWord;
                w = bestRunEnd;
            }
            return penalty;
        }

        /** Penalty for reading {@code q[qFrom, qTo)} as {@code t[tFrom, tTo)}, or MAX_VALUE if it is too far. */
        private int cost(
                int qFrom, int qTo, int budget, long runMask, SearchText t, int tFrom, int tTo, long spanMask) {
            int length = qTo - qFrom;
            int spanLength = tTo - tFrom;
            if (spanLength >= length && t.hasAt(tFrom, q.chars, qFrom, qTo)) {
                return spanLength == length ? 0 : PARTIAL_WORD;
            }
            // each letter the span lacks needs at least one typo of its own
            if (budget == 0 || Long.bitCount(runMask & ~spanMask) > budget) {
                return Integer.MAX_VALUE;
            }
            distance.measure(q.chars, qFrom, qTo, t.chars, tFrom, tTo, budget);
            if (distance.whole <= budget) {
                return distance.whole * PER_TYPO;
            }
            if (distance.prefix <= budget) {
                return distance.prefix * PER_TYPO + PARTIAL_WORD;
            }
            return Integer.MAX_VALUE;
        }

        private boolean allKnown(int from, int to) {
            for (int w = from; w < to; w++) {
                if (!known[w]) {
                    return false;
                }
            }
            return true;
        }

        /** A little word ("with", "on") a text may lack, unless the query is nothing but such words. */
        private boolean optional(int w) {
            return !hasOnlyStopWords && q.isStopWord(w);
        }

        /** Typos forgiven in a word of this many letters. */
        static int budget(int letters) {
            return letters <= 3 ? 0 : letters <= 7 ? 1 : 2;
        }

        private static long quality(int tier, int penalty) {
            return (long) tier << 32 | penalty;
        }
    }
}
