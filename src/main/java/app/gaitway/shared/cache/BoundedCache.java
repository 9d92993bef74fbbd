package app.gaitway.shared.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A map of values that never change under their key, kept in memory up to a total weight (bytes, or simply a
 * count): beyond it the least recently used are dropped. Made for things that cost more to make than to keep, such
 * as drawn pictures; safe for many threads (one lock, held only to look up, put or drop, never while a value is
 * made).
 */
public final class BoundedCache<K, V> {

    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    /** A cache of at most {@code maxWeight}, each value weighing {@code weigher} (at least 1). */
    public BoundedCache(long maxWeight, ToLongFunction<V> weigher) {
        if (maxWeight < 1) {
            throw new IllegalArgumentException("maxWeight must be positive");
        }
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /** A cache of at most {@code maxEntries} values. */
    public static <K, V> BoundedCache<K, V> ofEntries(int maxEntries) {
        return new BoundedCache<>(maxEntries, v -> 1);
    }

    /** The kept value, now the most recently used; null when none is kept. */
    public synchronized V get(K key) {
        return entries.get(key);
    }

    /**
     * Keeps the value under the key (replacing one kept before) and drops the least recently used until the total
     * fits. A value heavier than the whole cache is not kept.
     */
    public synchronized void put(K key, V value) {
        long w = weightOf(value);
        V old = entries.remove(key);
        if (old != null) {
            weight -= weightOf(old);
        }
        if (w > maxWeight) {
            return;
        }
        entries.put(key, value);
        weight += w;
        var eldest = entries.entrySet().iterator();
        while (weight > maxWeight && eldest.hasNext()) {
            Map.Entry<K, V> e = eldest.next();
            weight -= weightOf(e.getValue());
            eldest.remove();
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long weight() {
        return weight;
    }

    private long weightOf(V value) {
        return Math.max(1, weigher.applyAsLong(value));
    }
}
