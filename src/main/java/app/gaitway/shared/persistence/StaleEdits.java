package app.gaitway.shared.persistence;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

import java.util.Optional;

/**
 * Recognises "someone else saved first" however it arrives: the version check of a form
 * ({@link StaleEditException}), or a real race caught by the database's version column,
 * which reaches the caller wrapped in transaction or persistence exceptions.
 */
public final class StaleEdits {

    private static final int MAX_DEPTH = 20;

    private StaleEdits() {
    }

    public static boolean isStaleEdit(Throwable failure) {
        return find(failure).isPresent();
    }

    /** The first cause in the chain that means a stale edit. */
    public static Optional<Throwable> find(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof StaleEditException || current instanceof OptimisticLockException
                    || current instanceof StaleStateException) {
                return Optional.of(current);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return Optional.empty();
    }
}
