package app.gaitway.shared.persistence;

/**
 * Who is acting in the current request thread: set by the session filter from the
 * signed-in user, read by {@link AuditedEntity} to stamp created/changed-by.
 * Hibernate inside Payara gets no CDI, so entity callbacks cannot inject it.
 */
public final class Actor {

    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

    private Actor() {}

    public static Long currentUserId() {
        return CURRENT.get();
    }

    public static void set(Long userId) {
        CURRENT.set(userId);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** Runs work as the given user (null = the system, e.g. start-up tasks). */
    public static void runAs(Long userId, Runnable work) {
        Long previous = CURRENT.get();
        CURRENT.set(userId);
        try {
            work.run();
        } finally {
            if (previous == null) CURRENT.remove();
            else CURRENT.set(previous);
        }
    }
}
