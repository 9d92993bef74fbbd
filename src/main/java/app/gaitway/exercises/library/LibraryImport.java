package app.gaitway.exercises.library;

import app.gaitway.exercises.Exercise;
import app.gaitway.exercises.ExerciseContent;
import app.gaitway.exercises.ExerciseRepository;
import app.gaitway.shared.persistence.ShippedContentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Brings the database's built-in exercises up to the shipped library when the library's version is newer:
 * new exercises are added, changed ones get a new revision (programs keep the revision they were given), and
 * exercises the library no longer has are archived, never deleted.
 */
@ApplicationScoped
public class LibraryImport {

    private static final Logger LOG = Logger.getLogger(LibraryImport.class.getName());
    /** The kind of shipped content this import keeps the version of. */
    static final String CONTENT_KIND = "exercise_library";

    @PersistenceContext(unitName = "gaitway")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ExerciseRepository exercises;

    @Transactional
    public void importIfNewer(ShippedLibrary library) {
        ShippedContentVersion state = ShippedContentVersion.locked(em, CONTENT_KIND);
        if (state.getVersion() >= library.version()) {
            return;
        }
        Map<String, Exercise> existing = new HashMap<>();
        exercises.builtIn().forEach(e -> existing.put(e.getSlug(), e));
        int added = 0;
        int changed = 0;
        Set<String> shipped = new HashSet<>();
        for (ExerciseContent content : library.exercises()) {
            shipped.add(content.slug());
            Exercise e = existing.get(content.slug());
            if (e == null) {
                exercises.add(Exercise.builtIn(content), null);
                added++;
            } else if (!e.content().equals(content) || e.isArchived()) {
                e.replace(content, null, null);
                e.restore();
                exercises.saveRevision(e, null);
                changed++;
            }
        }
        int archived = 0;
        for (Exercise e : existing.values()) {
            if (!shipped.contains(e.getSlug()) && !e.isArchived()) {
                e.archive();
                archived++;
            }
        }
        state.imported(library.version(), clock.instant());
        int a = added;
        int c = changed;
        int r = archived;
        LOG.info(() -> "Exercise library version " + library.version() + " imported: " + a + " added, " + c
                + " changed, " + r + " archived");
    }

    /** For tests and the admin: how many built-in exercises the database holds. */
    public List<Exercise> builtIn() {
        return exercises.builtIn();
    }
}
