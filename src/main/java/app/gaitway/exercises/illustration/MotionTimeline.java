package app.gaitway.exercises.illustration;

import java.util.ArrayList;
import java.util.List;

/**
 * When the moving picture shows which point of the movement: a list of keys (seconds into the loop, and how far
 * along the key poses, 0 the start and 1 the end). Between keys the browser moves every line straight from one
 * key's drawing to the next, so the keys are close enough together for that to read as a smooth turn of a limb.
 * <p>
 * Each way is eased (slow to start, slow to stop, as a person moves), and the way back passes the same points as
 * the way there, so each drawing is made once.
 *
 * @param keys in time order; the first at 0 s, the last at the end of the loop, both at the start position
 */
record MotionTimeline(double cycleSeconds, List<Key> keys) {

    /** Straight moves between this many points each way look like turning limbs at the picture's size. */
    static final int STEPS_EACH_WAY = 12;

    record Key(double seconds, double along) {}

    MotionTimeline {
        keys = List.copyOf(keys);
    }

    static MotionTimeline of(MotionPace pace) {
        List<Key> keys = new ArrayList<>();
        double t = 0;
        keys.add(new Key(0, 0));
        if (pace.restSeconds() > 0) {
            t += pace.restSeconds();
            keys.add(new Key(t, 0));
        }
        double up = t;
        for (int i = 1; i <= STEPS_EACH_WAY; i++) {
            keys.add(new Key(up + pace.upSeconds() * i / STEPS_EACH_WAY, ease((double) i / STEPS_EACH_WAY)));
        }
        t = up + pace.upSeconds();
        if (pace.topSeconds() > 0) {
            t += pace.topSeconds();
            keys.add(new Key(t, 1));
        }
        double down = t;
        for (int i = 1; i <= STEPS_EACH_WAY; i++) {
            keys.add(new Key(down + pace.downSeconds() * i / STEPS_EACH_WAY, ease(1 - (double) i / STEPS_EACH_WAY)));
        }
        return new MotionTimeline(pace.cycleSeconds(), keys);
    }

    /**
     * Slow out, slow in (half a cosine). Exact at both ends, so the first and last drawings are the still pictures,
     * and symmetric, so the way back meets the same points as the way there.
     */
    static double ease(double x) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        return (1 - Math.cos(Math.PI * x)) / 2;
    }

    /** How far along the movement the picture is at {@code seconds} into the loop, as the browser plays it. */
    double alongAt(double seconds) {
        double s = ((seconds % cycleSeconds) + cycleSeconds) % cycleSeconds;
        for (int i = 1; i < keys.size(); i++) {
            Key a = keys.get(i - 1);
            Key b = keys.get(i);
            if (s <= b.seconds()) {
                double f = b.seconds() == a.seconds() ? 1 : (s - a.seconds()) / (b.seconds() - a.seconds());
                return a.along() + (b.along() - a.along()) * f;
            }
        }
        return keys.get(keys.size() - 1).along();
    }

    /** Each key's time as a fraction of the loop, as SMIL's keyTimes wants it. */
    String keyTimes() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                b.append(';');
            }
            b.append(i == keys.size() - 1 ? "1" : fraction(keys.get(i).seconds() / cycleSeconds));
        }
        return b.toString();
    }

    private static String fraction(double f) {
        String s = String.format(java.util.Locale.ROOT, "%.4f", f);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
