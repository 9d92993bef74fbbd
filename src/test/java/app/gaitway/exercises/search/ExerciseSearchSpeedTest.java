package app.gaitway.exercises.search;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A big clinic's library: the 40 built-in exercises plus clinic-made ones, 5,000 in all,
 * searched the way therapists type (whole names, first letters, typos, two words).
 * Every search runs over the whole list, so this is the worst the search page sees.
 */
class ExerciseSearchSpeedTest {

    private static final int ENTRIES = 5_000;
    private static final int QUERIES = 100;
    private static final double MEDIAN_LIMIT_MS = 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final String[] START = {
        "Banded",
        "Single-leg",
        "Side-lying",
        "Standing",
        "Seated",
        "Kneeling",
        "Half-kneeling",
        "Prone",
        "Supine",
        "Weighted",
        "Assisted",
        "Resisted",
        "Eccentric",
        "Isometric",
        "Lateral",
        "Reverse",
        "Split",
        "Staggered",
        "Tall-kneeling",
        "Quadruped",
        "Wall",
        "Bench",
        "Step",
        "Cable",
        "Slider"
    };
    private static final String[] PART = {
        "hip", "knee", "ankle", "glute", "hamstring", "quad", "calf", "core", "trunk", "adductor",
        "piriformis", "heel", "toe", "pelvic", "thoracic", "lumbar", "shoulder", "groin", "IT band", "leg"
    };
    private static final String[] ACTION = {
        "bridge",
        "raise",
        "stretch",
        "abduction",
        "adduction",
        "extension",
        "flexion",
        "rotation",
        "march",
        "squat",
        "lunge",
        "press",
        "hold",
        "slide",
        "kick",
        "clamshell",
        "plank",
        "hinge",
        "circles",
        "tilt",
        "squeeze",
        "walk",
        "step-up",
        "curl",
        "pulse",
        "reach",
        "rock",
        "roll",
        "dip",
        "pull"
    };
    private static final String[] ENDING = {
        "",
        "",
        "",
        "",
        " with band",
        " on step",
        " with ball",
        " at wall",
        " on foam",
        " with hold",
        " 2",
        " 3",
        " (progression)",
        " with rotation",
        " on bench",
        " to stand"
    };

    @Test
    void medianSearchOverFiveThousandExercisesIsFast() {
        Random random = new Random(20_240_611);
        List<SearchEntry> entries = new ArrayList<>(Library.EXERCISES);
        Set<String> names = new HashSet<>();
        entries.forEach(e -> names.add(e.name()));
        while (entries.size() < ENTRIES) {
            String name =
                    pick(random, START) + " " + pick(random, PART) + " " + pick(random, ACTION) + pick(random, ENDING);
            if (!names.add(name)) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            for (int a = random.nextInt(4) - 1; a > 0; a--) {
                aliases.add(capitalise(pick(random, PART) + " " + pick(random, ACTION) + pick(random, ENDING)));
            }
            entries.add(new SearchEntry(entries.size() + 1, name, aliases));
        }

        List<String> queries = queries(random, entries);
        // warm up the JIT as a running server would be
        for (int round = 0; round < 3; round++) {
            for (String q : queries) {
                ExerciseSearch.rank(q, entries);
            }
        }
        long[] nanos = new long[QUERIES];
        long[] cpuNanos = new long[QUERIES];
        int found = 0;
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            List<SearchMatch> result = ExerciseSearch.rank(queries.get(i), entries);
            cpuNanos[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            nanos[i] = System.nanoTime() - start;
            found += result.isEmpty() ? 0 : 1;
        }
        double wallMs = median(nanos);
        double cpuMs = median(cpuNanos);
        System.out.printf(
                Locale.ROOT,
                "ExerciseSearch: %d entries, %d queries: median %.2f ms CPU per query (90th percentile %.2f ms, "
                        + "max %.2f ms); wall clock median %.2f ms with load average %.1f on %d processors%n",
                entries.size(),
                QUERIES,
                cpuMs,
                percentile(cpuNanos, 90),
                percentile(cpuNanos, 100),
                wallMs,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        assertTrue(found > QUERIES / 2, "most queries find something: " + found);
        // CPU time: other builds on the same machine stretch the wall clock, not the work done
        assertTrue(cpuMs < MEDIAN_LIMIT_MS, "median " + cpuMs + " ms CPU per query");
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2 / 1e6;
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }

    /** A quarter each: whole names, the start of a name, a name with a typo, one or two loose words. */
    private static List<String> queries(Random random, List<SearchEntry> entries) {
        List<String> queries = new ArrayList<>();
        while (queries.size() < QUERIES) {
            String name = entries.get(random.nextInt(entries.size())).name();
            String query = switch (queries.size() % 4) {
                case 0 -> name.toLowerCase(Locale.ROOT);
                case 1 -> name.substring(0, Math.min(name.length(), 1 + random.nextInt(12)));
                case 2 -> typo(random, name);
                default ->
                    random.nextBoolean()
                            ? pick(random, ACTION)
                            : pick(random, PART) + " " + pick(random, ACTION).substring(0, 3);
            };
            if (!query.isBlank()) {
                queries.add(query);
            }
        }
        assertFalse(queries.isEmpty());
        return queries;
    }

    /** One letter swapped with its neighbour, dropped, or doubled, somewhere after the first letter. */
    private static String typo(Random random, String s) {
        int i = 1 + random.nextInt(s.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
            case 1 -> s.substring(0, i) + s.substring(i + 1);
            default -> s.substring(0, i) + s.charAt(i) + s.substring(i);
        };
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
