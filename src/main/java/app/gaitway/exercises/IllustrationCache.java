package app.gaitway.exercises;

import app.gaitway.exercises.illustration.IllustrationJson;
import app.gaitway.exercises.illustration.MotionPace;
import app.gaitway.exercises.illustration.MotionRenderer;
import app.gaitway.exercises.illustration.RenderedIllustration;
import app.gaitway.exercises.illustration.SvgRenderer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Drawn pictures by exercise and revision. A revision never changes, so a drawing is made once and kept (the
 * least recently used are dropped beyond a bound); a library page then costs no drawing at all.
 * <p>
 * Moving pictures are kept the same way, also by their pace (a program may give an exercise as a hold). They
 * take about 10 to 50 ms to draw and 10 to 190 kB each (2 to 13 kB sent gzipped), so fewer are kept.
 */
@ApplicationScoped
public class IllustrationCache {

    private static final int CAPACITY = 4000;
    private static final int MOTION_CAPACITY = 300;

    private final Map<String, RenderedIllustration> drawings = bounded(CAPACITY);
    private final Map<String, MotionRenderer.RenderedMotion> motions = bounded(MOTION_CAPACITY);

    public RenderedIllustration drawing(long exerciseId, int revision, String name, String illustrationJson) {
        return kept(
                drawings,
                exerciseId + "/" + revision,
                () -> SvgRenderer.render(IllustrationJson.parse(illustrationJson), name, "x" + exerciseId));
    }

    /**
     * The moving picture of an exercise at a revision, at the pace of {@code holdSeconds} (the dosage's hold, or
     * null for repetitions) and the exercise's own steps and cues. Null when the exercise has no drawn pose.
     */
    public MotionRenderer.RenderedMotion motion(
            long exerciseId, int revision, ExerciseContent content, Integer holdSeconds) {
        if (content.illustrationJson() == null) {
            return null;
        }
        List<String> instructions = new ArrayList<>(content.steps());
        instructions.addAll(content.cues());
        MotionPace pace = MotionPace.of(holdSeconds, instructions);
        return kept(
                motions,
                exerciseId + "/" + revision + "/" + pace.key(),
                () -> MotionRenderer.render(
                        IllustrationJson.parse(content.illustrationJson()), content.name(), pace, "x" + exerciseId));
    }

    private static <V> V kept(Map<String, V> cache, String key, Supplier<V> draw) {
        V cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        V drawn = draw.get();
        cache.put(key, drawn);
        return drawn;
    }

    private static <V> Map<String, V> bounded(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
