package app.gaitway.shared.persistence;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Recognises "someone else saved first" however it arrives: the version check of a form
 * ({@link StaleEditException}), or a real race caught by the database's version column,
 * which reaches the caller wrapped in transaction or persistence exceptions.
 */
public final class StaleEdits {

    private static final int MAX_DEPTH = 20;

    private StaleEdits() {}

    /**
     * Runs a write (a call into a transactional service) and lets "someone else saved first"
     * leave as a {@link StaleEditException} however it arrived, so a controller catches that one
     * type instead of every runtime exception. Anything else passes through unchanged.
     */
    public static <T> T translated(Supplier<T> write) {
        try {
            return write.get();
        } catch (StaleEditException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isStaleEdit(e)) {
                throw new StaleEditException(e);
            }
            throw e;
        }
    }

    /** {@link #translated(Supplier)} for a write that returns nothing. */
    public static void translated(Runnable write) {
        translated(() -> {
            write.run();
            return null;
        });
    }

    public static boolean isStaleEdit(Throwable failure) {
        return find(failure).isPresent();
    }

    /** The first cause in the chain that means a stale edit. */
    public static Optional<Throwable> find(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof StaleEditException
                    || current instanceof OptimisticLockException
                    || current instanceof StaleStateException) {
                return Optional.of(current);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return Optional.empty();
    }
}
