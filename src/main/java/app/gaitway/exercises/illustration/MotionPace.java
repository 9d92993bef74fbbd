package app.gaitway.exercises.illustration;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast the moving picture plays one repetition, in seconds: a moment at the start, the way to the end
 * position, a stay there, the way back. One loop of the picture is one repetition.
 * <p>
 * The pace comes from the exercise's dosage and its written steps and cues, never from the pose data:
 * <ul>
 * <li>a repetition moves about 2 s each way (a controlled tempo for home strength work); 3 s each way when the
 * steps or cues ask for slowness ("Lower slowly", "Count to 3 as you lower"; breathing slowly does not count);</li>
 * <li>a repetition whose steps say "Hold for 2 seconds" stays that long at the end position (at most 5 s);</li>
 * <li>a hold or stretch (the dosage has hold seconds) moves into the position, stays a few seconds (the real
 * hold, up to {@link #MOST_SHOWN_HOLD} s: a 30-second stretch shown in full would look like a still picture),
 * then comes back.</li>
 * </ul>
 */
public record MotionPace(double restSeconds, double upSeconds, double topSeconds, double downSeconds) {

    static final double MOVE = 2;
    static final double SLOW_MOVE = 3;
    /** A hold is shown for at most this long before the figure comes back. */
    static final double MOST_SHOWN_HOLD = 4;

    private static final double MOST_REP_PAUSE = 5;
    /** A short stay at each end so the start and end positions read. */
    private static final double REST = 0.6;

    private static final double TOP = 0.3;

    private static final Pattern SLOW = Pattern.compile("\\bslow(ly)?\\b|\\bcount(ing)? to (3|three)\\b");
    private static final Pattern BREATHING = Pattern.compile("\\bbreath");
    private static final Pattern HOLD = Pattern.compile("\\bhold (it )?(for )?(\\d{1,2})( to \\d{1,2})? seconds?\\b");

    public MotionPace {
        for (double d : new double[] {restSeconds, upSeconds, topSeconds, downSeconds}) {
            if (!(d >= 0 && d <= 60)) {
                throw new IllegalArgumentException("a motion phase of " + d + " s is outside 0 to 60 s");
            }
        }
        if (upSeconds <= 0 || downSeconds <= 0) {
            throw new IllegalArgumentException("moving there and back takes time");
        }
    }

    /**
     * @param holdSeconds the dosage's hold, or null for repetitions
     * @param instructions the exercise's steps and cues, as the patient reads them
     */
    public static MotionPace of(Integer holdSeconds, List<String> instructions) {
        boolean slow = false;
        Double repPause = null;
        for (String line : instructions) {
            for (String sentence : line.toLowerCase(Locale.ROOT).split("[.;!?]")) {
                if (SLOW.matcher(sentence).find()
                        && !BREATHING.matcher(sentence).find()) {
                    slow = true;
                }
                Matcher hold = HOLD.matcher(sentence);
                if (repPause == null && hold.find()) {
                    repPause = Math.min(MOST_REP_PAUSE, Double.parseDouble(hold.group(3)));
                }
            }
        }
        double move = slow ? SLOW_MOVE : MOVE;
        if (holdSeconds != null && holdSeconds > 0) {
            return new MotionPace(REST * 2, move, Math.min(MOST_SHOWN_HOLD, holdSeconds), move);
        }
        return new MotionPace(REST, move, repPause == null ? TOP : Math.max(TOP, repPause), move);
    }

    public double cycleSeconds() {
        return restSeconds + upSeconds + topSeconds + downSeconds;
    }

    /** A short stable name for caches: equal paces, equal keys. */
    public String key() {
        return String.format(Locale.ROOT, "%.1f/%.1f/%.1f/%.1f", restSeconds, upSeconds, topSeconds, downSeconds);
    }
}
