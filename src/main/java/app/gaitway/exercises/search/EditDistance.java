package app.gaitway.exercises.search;

import java.util.Arrays;

/**
 * Damerau-Levenshtein distance (optimal string alignment: a swap of two neighbouring letters
 * counts as one typo) with a budget. Only the diagonal band the budget allows is computed and
 * the work stops as soon as the budget is exceeded, so a comparison costs a few dozen steps.
 * One instance per search call: it reuses its rows.
 */
final class EditDistance {

    private int[] twoBack = new int[32];
    private int[] previous = new int[32];
    private int[] current = new int[32];

    /** Distance between {@code a} and all of {@code b}, set by {@link #measure}; budget + 1 if over. */
    int whole;
    /** Distance between {@code a} and the closest prefix of {@code b}, set by {@link #measure}. */
    int prefix;

    /**
     * Measures {@code a[aFrom, aTo)} against {@code b[bFrom, bTo)}, filling {@link #whole} and
     * {@link #prefix}; each is {@code budget + 1} when it exceeds the budget.
     */
    void measure(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo, int budget) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        int over = budget + 1;
        whole = over;
        prefix = over;
        if (n - m > budget) {
            return;
        }
        ensure(m + 2);
        for (int j = 0; j <= Math.min(m, budget + 1); j++) {
            previous[j] = Math.min(j, over);
        }
        int previousMin = 0;
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - budget);
            int to = Math.min(m, i + budget);
            current[0] = Math.min(i, over);
            if (from > 1) {
                current[from - 1] = over;
            }
            int rowMin = current[0];
            char ca = a[aFrom + i - 1];
            for (int j = from; j <= to; j++) {
                char cb = b[bFrom + j - 1];
                int d = previous[j - 1] + (ca == cb ? 0 : 1);
                d = Math.min(d, previous[j] + 1);
                d = Math.min(d, current[j - 1] + 1);
                if (i > 1 && j > 1 && ca == b[bFrom + j - 2] && a[aFrom + i - 2] == cb) {
                    d = Math.min(d, twoBack[j - 2] + 1);
                }
                d = Math.min(d, over);
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (to + 1 <= m) {
                current[to + 1] = over; // the next row reads one cell past this row's band
            }
            if (rowMin >= over && previousMin >= over) {
                return; // every later cell builds on these two rows: over budget for good
            }
            previousMin = rowMin;
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        // "previous" now holds the last row
        int lo = Math.max(0, n - budget);
        int hi = Math.min(m, n + budget);
        int best = over;
        for (int j = lo; j <= hi; j++) {
            best = Math.min(best, previous[j]);
        }
        prefix = best;
        if (m - n <= budget) {
            whole = previous[m];
        }
    }

    private void ensure(int size) {
        if (current.length < size) {
            twoBack = Arrays.copyOf(twoBack, size * 2);
            previous = Arrays.copyOf(previous, size * 2);
            current = Arrays.copyOf(current, size * 2);
        }
    }
}
