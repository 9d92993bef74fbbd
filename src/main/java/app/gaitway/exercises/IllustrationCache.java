package app.gaitway.exercises;

import app.gaitway.exercises.illustration.IllustrationJson;
import app.gaitway.exercises.illustration.RenderedIllustration;
import app.gaitway.exercises.illustration.SvgRenderer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Drawn pictures by exercise and revision. A revision never changes, so a drawing is made once and kept (the
 * least recently used are dropped beyond a few thousand); a library page then costs no drawing at all.
 */
@ApplicationScoped
public class IllustrationCache {

    private static final int CAPACITY = 4000;

    private final Map<String, RenderedIllustration> drawings = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RenderedIllustration> eldest) {
                    return size() > CAPACITY;
                }
            });

    public RenderedIllustration drawing(long exerciseId, int revision, String name, String illustrationJson) {
        String key = exerciseId + "/" + revision;
        RenderedIllustration cached = drawings.get(key);
        if (cached != null) {
            return cached;
        }
        RenderedIllustration drawn = SvgRenderer.render(IllustrationJson.parse(illustrationJson), name, "x" + exerciseId);
        drawings.put(key, drawn);
        return drawn;
    }
}
