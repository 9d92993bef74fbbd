package app.gaitway.shared.cache;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BoundedCacheTest {

    @Test
    void keepsWhatItIsGivenUnderItsKey() {
        BoundedCache<String, String> cache = BoundedCache.ofEntries(10);
        String a = new String("first");
        cache.put("a", a);
        cache.put("b", "second");

        assertSame(a, cache.get("a"));
        assertEquals("second", cache.get("b"));
        assertNull(cache.get("c"));
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondItsBound() {
        BoundedCache<String, String> cache = BoundedCache.ofEntries(2);
        cache.put("a", "1");
        cache.put("b", "2");
        cache.get("a"); // a is now more recent than b
        cache.put("c", "3");

        assertEquals(2, cache.size());
        assertEquals("1", cache.get("a"));
        assertNull(cache.get("b"), "b was used least recently");
        assertEquals("3", cache.get("c"));
    }

    @Test
    void boundsTheTotalWeightNotTheCount() {
        BoundedCache<String, byte[]> cache = new BoundedCache<>(100, v -> v.length);
        cache.put("small-1", new byte[10]);
        cache.put("small-2", new byte[10]);
        cache.put("big", new byte[85]);

        assertNull(cache.get("small-1"), "dropped to make room");
        assertEquals(10, cache.get("small-2").length);
        assertEquals(85, cache.get("big").length);
        assertEquals(95, cache.weight());
    }

    @Test
    void aValueHeavierThanTheWholeCacheIsNotKeptAndDropsNothing() {
        BoundedCache<String, byte[]> cache = new BoundedCache<>(100, v -> v.length);
        cache.put("kept", new byte[50]);
        cache.put("huge", new byte[101]);

        assertNull(cache.get("huge"));
        assertEquals(50, cache.get("kept").length);
        assertEquals(50, cache.weight());
    }

    @Test
    void replacingAValueCountsItsWeightOnce() {
        BoundedCache<String, byte[]> cache = new BoundedCache<>(100, v -> v.length);
        cache.put("a", new byte[60]);
        cache.put("a", new byte[70]);

        assertEquals(1, cache.size());
        assertEquals(70, cache.weight());
    }

    @Test
    void refusesABoundOfNothing() {
        assertThrows(IllegalArgumentException.class, () -> BoundedCache.ofEntries(0));
    }
}
