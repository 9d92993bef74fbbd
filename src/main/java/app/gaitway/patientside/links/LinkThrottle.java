package app.gaitway.patientside.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows guessing of links without shutting out every patient behind one clinic's Wi-Fi. Each address that led
 * nowhere is counted for the client address and for its guessed prefix (the first {@value #PREFIX_LENGTH}
 * characters of the secret, kept only as a keyed hash under a key made at start and never stored, so memory and
 * logs hold no part of any secret). An attempt is refused, without looking the secret up, when
 *
 * <ol>
 *   <li>its own prefix has missed {@value #MAX_MISSES_PER_PREFIX} times from this address within {@link #WINDOW}
 *       (a code typed wrong again and again, or a saved link cut short: it stops that one, not the neighbours), or
 *   <li>this address has missed with {@value #MAX_MISSES} different prefixes within the window, the mark of
 *       guessing (random guesses all start differently; patients who mistype mostly keep their code's start),
 *       unless a link with this prefix was opened from this address within {@link #KNOWN_FOR}.
 * </ol>
 *
 * <p>The two risks, weighed. An attacker must not test many secrets fast: every refusal above comes before the
 * look-up, so a refused request tells nothing, and a guessing address gets at most {@value #MAX_MISSES} look-ups
 * of new prefixes per {@link #WINDOW} (as before), plus at most {@value #MAX_MISSES_PER_PREFIX} per prefix it has
 * already seen open from there; a prefix alone does not open anything (104 further random bits). Looking the
 * secret up first and serving valid ones would have let a guesser test secrets as fast as the server answers.
 * A patient must not be shut out by others' misses: misses of other prefixes never refuse a prefix whose link
 * already opened from this address, so the patients of a clinic whose links opened there (handed out and tried in
 * the treatment room, or opened before) keep getting in while someone on the same network guesses, and their
 * pictures and printouts keep loading; misses from other addresses never count. What remains: a patient whose
 * link never opened from that address, on a network where someone is guessing right now, is asked to wait (or
 * to use mobile data) until the guesses leave the window: the price of not letting the guesser test freely.
 *
 * <p>Kept in memory: a restart forgets.
 */
@ApplicationScoped
public class LinkThrottle {

    /** Misses with different prefixes from one address that mark it as guessing. */
    public static final int MAX_MISSES = 10;
    /** Misses of one prefix from one address: a patient retyping their own code gets this many tries. */
    public static final int MAX_MISSES_PER_PREFIX = 5;

    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** How long a prefix that opened a link from an address stays trusted there: a day of clinic visits. */
    public static final Duration KNOWN_FOR = Duration.ofHours(24);

    static final int PREFIX_LENGTH = 4;
    /** Misses remembered per address: more than both limits need, so one address cannot fill memory. */
    private static final int KEPT_PER_ADDRESS = 4 * MAX_MISSES;

    private static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Deque<Miss>> missesByAddress = new ConcurrentHashMap<>();
    private final Map<String, Instant> knownGood = new ConcurrentHashMap<>();
    private final SecretKeySpec prefixKey;

    @Inject
    Clock clock;

    public LinkThrottle() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        prefixKey = new SecretKeySpec(key, "HmacSHA256");
    }

    LinkThrottle(Clock clock) {
        this();
        this.clock = clock;
    }

    private record Miss(Instant at, String prefix) {}

    /** True when this attempt must be refused without looking the secret up. */
    public boolean isBlocked(String address, String typed) {
        String prefix = prefixOf(typed);
        Deque<Miss> misses = missesByAddress.get(address);
        if (misses == null) {
            return false;
        }
        Instant now = clock.instant();
        synchronized (misses) {
            drop(misses, now);
            long own = misses.stream().filter(m -> m.prefix().equals(prefix)).count();
            if (own >= MAX_MISSES_PER_PREFIX) {
                return true;
            }
            long distinct = misses.stream().map(Miss::prefix).distinct().count();
            return distinct >= MAX_MISSES && !isKnownGood(address, prefix, now);
        }
    }

    /** A secret (or anything typed as one) that opened nothing. */
    public void recordMiss(String address, String typed) {
        if (missesByAddress.size() > MAX_ADDRESSES) {
            missesByAddress.clear();
        }
        Deque<Miss> misses = missesByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (misses) {
            Instant now = clock.instant();
            drop(misses, now);
            misses.addLast(new Miss(now, prefixOf(typed)));
            while (misses.size() > KEPT_PER_ADDRESS) {
                misses.removeFirst();
            }
        }
    }

    /** A secret that found its link (active or not): its prefix is trusted from this address for a day. */
    public void recordHit(String address, String typed) {
        if (knownGood.size() > MAX_ADDRESSES) {
            Instant now = clock.instant();
            knownGood.values().removeIf(at -> !at.plus(KNOWN_FOR).isAfter(now));
            if (knownGood.size() > MAX_ADDRESSES) {
                knownGood.clear();
            }
        }
        knownGood.put(address + "|" + prefixOf(typed), clock.instant());
    }

    private boolean isKnownGood(String address, String prefix, Instant now) {
        Instant at = knownGood.get(address + "|" + prefix);
        return at != null && at.plus(KNOWN_FOR).isAfter(now);
    }

    /**
     * The keyed hash of what was typed, read as a secret is read (case, dashes and look-alikes forgiven), cut to
     * its first characters; anything that is no secret at all shares one bucket.
     */
    String prefixOf(String typed) {
        String start = LinkSecret.parse(typed)
                .map(s -> s.canonical().substring(0, PREFIX_LENGTH))
                .orElse("");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(prefixKey);
            byte[] digest = mac.doFinal(start.getBytes(StandardCharsets.US_ASCII));
            // 64 bits: collisions between the few prefixes of one address are out of the question
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static void drop(Deque<Miss> misses, Instant now) {
        while (!misses.isEmpty() && !misses.peekFirst().at().isAfter(now.minus(WINDOW))) {
            misses.removeFirst();
        }
    }
}
