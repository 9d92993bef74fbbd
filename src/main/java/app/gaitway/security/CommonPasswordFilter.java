package app.gaitway.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The list of common and breached passwords as a Bloom filter: membership in about 14.4 bits an entry instead of
 * the list itself. Measured with the shipped 418,190 entries (JDK 17, after full GCs): a {@code HashSet<String>}
 * of them takes 38 MB of heap, this filter 0.75 MB (751,576 bytes of bits); a look-up takes a few microseconds,
 * nothing beside the 0.25 s password hash. An entry on the list is always found; a password not on it is taken
 * for one with a probability of about {@value #FALSE_POSITIVE_RATE} (one strong password in a thousand is asked
 * to be replaced, which costs the user a retry and nothing else; the policy looks up a password and its core, so
 * at most two in a thousand). Entries are kept lower-cased; callers look up lower-cased text.
 */
final class CommonPasswordFilter {

    /** The chosen false-positive rate; bits and hash count follow from it (Bloom 1970; Kirsch and Mitzenmacher). */
    static final double FALSE_POSITIVE_RATE = 0.001;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long[] words;
    private final long bits;
    private final int hashes;
    private final int entries;

    private CommonPasswordFilter(int expected) {
        // m = -n ln p / (ln 2)^2 bits and k = (m / n) ln 2 hashes give the rate p for n entries
        double ln2 = Math.log(2);
        long m = (long) Math.ceil(-Math.max(1, expected) * Math.log(FALSE_POSITIVE_RATE) / (ln2 * ln2));
        this.words = new long[(int) ((m + 63) / 64)];
        this.bits = words.length * 64L;
        this.hashes = Math.max(1, (int) Math.round((double) bits / Math.max(1, expected) * ln2));
        this.entries = expected;
    }

    /** Reads a gzipped resource of one lower-cased entry a line, its first line the entry count. */
    static CommonPasswordFilter fromResource(String name) {
        try (InputStream in = CommonPasswordFilter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            try (var reader =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                int count = Integer.parseInt(reader.readLine().strip());
                CommonPasswordFilter filter = new CommonPasswordFilter(count);
                int read = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isEmpty()) {
                        filter.add(line);
                        read++;
                    }
                }
                if (read != count) {
                    throw new IllegalStateException(name + " says " + count + " entries but holds " + read);
                }
                return filter;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CommonPasswordFilter of(Collection<String> passwords) {
        CommonPasswordFilter filter = new CommonPasswordFilter(passwords.size());
        passwords.forEach(p -> filter.add(p.toLowerCase(Locale.ROOT)));
        return filter;
    }

    private void add(String entry) {
        long h1 = hash(entry);
        long h2 = mix(h1 + GOLDEN) | 1;
        for (int i = 0; i < hashes; i++) {
            long bit = Math.floorMod(h1 + i * h2, bits);
            words[(int) (bit >>> 6)] |= 1L << bit;
        }
    }

    boolean mightContain(String lowered) {
        long h1 = hash(lowered);
        long h2 = mix(h1 + GOLDEN) | 1;
        for (int i = 0; i < hashes; i++) {
            long bit = Math.floorMod(h1 + i * h2, bits);
            if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    int entries() {
        return entries;
    }

    /** Heap the filter's bits take. */
    long bytes() {
        return words.length * 8L;
    }

    int hashes() {
        return hashes;
    }

    /** FNV-1a over the UTF-8 bytes, then a 64-bit finaliser so nearby strings spread over the whole range. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finaliser of MurmurHash3 (fmix64). */
    private static long mix(long z) {
        z ^= z >>> 33;
        z *= 0xff51afd7ed558ccdL;
        z ^= z >>> 33;
        z *= 0xc4ceb9fe1a85ec53L;
        z ^= z >>> 33;
        return z;
    }
}
