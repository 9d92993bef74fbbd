package app.gaitway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES_PER_ACCOUNT} failures for one
 * account, or {@value #MAX_FAILURES_PER_ADDRESS} from one client address, within
 * {@link #WINDOW}, further attempts are refused until the oldest failure leaves the window.
 * Accounts are keyed by the typed email, so refusals look the same for unknown accounts.
 * Kept in memory: a restart forgets, which is acceptable for a throttle.
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES_PER_ACCOUNT = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String email, String address) {
        Instant now = clock.instant();
        return recentCount(failuresByAccount, accountKey(email), now) >= MAX_FAILURES_PER_ACCOUNT
                || recentCount(failuresByAddress, address, now) >= MAX_FAILURES_PER_ADDRESS;
    }

    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        append(failuresByAccount, accountKey(email), now);
        append(failuresByAddress, address, now);
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    public void recordSuccess(String email) {
        failuresByAccount.remove(accountKey(email));
    }

    private static String accountKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private int recentCount(Map<String, Deque<Instant>> map, String key, Instant now) {
        Deque<Instant> times = map.get(key == null ? "" : key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            return times.size();
        }
    }

    private void append(Map<String, Deque<Instant>> map, String key, Instant now) {
        Deque<Instant> times = map.computeIfAbsent(key == null ? "" : key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }
}
