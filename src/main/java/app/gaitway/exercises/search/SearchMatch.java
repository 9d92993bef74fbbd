package app.gaitway.exercises.search;

/**
 * One exercise found by a search.
 *
 * @param score       higher is better; only the order means something, not the number
 *                    (0 for every entry of a blank query)
 * @param matchedText the name or alias that matched best, to show why a result is there
 */
public record SearchMatch(long id, double score, String matchedText) {}
