package app.gaitway.patientside.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows guessing of links: after {@value #MAX_MISSES} addresses that led nowhere from one client address within
 * {@link #WINDOW}, that address gets "too many requests" until the oldest miss leaves the window. A real patient
 * mistypes a few times at most; a guesser needs billions of tries. Kept in memory: a restart forgets.
 */
@ApplicationScoped
public class LinkThrottle {

    public static final int MAX_MISSES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Deque<Instant>> missesByAddress = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public LinkThrottle() {}

    LinkThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String address) {
        Deque<Instant> misses = missesByAddress.get(address);
        if (misses == null) {
            return false;
        }
        synchronized (misses) {
            drop(misses, clock.instant());
            return misses.size() >= MAX_MISSES;
        }
    }

    public void recordMiss(String address) {
        if (missesByAddress.size() > MAX_ADDRESSES) {
            missesByAddress.clear();
        }
        Deque<Instant> misses = missesByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (misses) {
            Instant now = clock.instant();
            drop(misses, now);
            misses.addLast(now);
        }
    }

    private static void drop(Deque<Instant> misses, Instant now) {
        while (!misses.isEmpty() && !misses.peekFirst().isAfter(now.minus(WINDOW))) {
            misses.removeFirst();
        }
    }
}
