package app.gaitway.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code max} requests per key (a client address) in any sliding window, in memory. At most
 * {@code maxKeys} keys are kept; beyond that the least recently seen is forgotten, so a flood of made-up addresses
 * costs bounded memory and, at worst, lets a forgotten address start counting again.
 */
final class RequestQuota {

    private final int max;
    private final Duration window;
    private final Map<String, Deque<Instant>> seen;

    RequestQuota(int max, Duration window, int maxKeys) {
        this.max = max;
        this.window = window;
        this.seen = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Counts one request of the key and says whether it is within the quota (a refused one is not counted). */
    synchronized boolean tryTake(String key, Instant now) {
        Deque<Instant> times = seen.computeIfAbsent(key == null ? "" : key, k -> new ArrayDeque<>());
        Instant start = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.pollFirst();
        }
        if (times.size() >= max) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
