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
 * Slows password guessing without locking anyone out: the first {@value #MAX_FAILURES_PER_ACCOUNT} failures for one
 * account, and the first {@value #MAX_FAILURES_PER_ADDRESS} from one client address, cost nothing; after that each
 * further attempt must wait {@link #FIRST_DELAY}, then twice as long after every further failure (1, 2, 4, ... s)
 * up to {@link #MAX_DELAY}, counted from the last attempt. An attempt made before the wait is over is refused without
 * looking at the password and does not count; once the wait has passed, the right password always works.
 *
 * <p>Why these numbers: NIST SP 800-63B section 5.2.2 asks verifiers to limit online guessing and names "a period
 * of time that increases as the account approaches its maximum allowance" as the way to do it without letting an
 * attacker lock the real user out; OWASP ASVS 4.0.3 requirement 2.2.1 asks for anti-automation that allows no more
 * than 100 failed attempts per hour on one account. With a 60 s cap one account gets at most 5 + 6 (the 1-32 s
 * steps) + about 58 = 69 guesses in its first hour and 60 in each hour after, from any number of addresses; waiting
 * 15 minutes to start afresh gives fewer (about 11 per 16 minutes). The cap keeps the cost to the real user at one
 * minute, so the throttle cannot be used to keep someone out. NIST's "no more than 100 consecutive failures" is
 * met as a rate, not by disabling the account, as disabling is exactly the weapon this avoids.
 *
 * <p>Accounts are keyed by the typed email, so the answers look the same for unknown accounts. Counting per
 * address too slows one address spraying guesses over many accounts. Attempts are reserved by {@link #admit}
 * before the password is checked, so a burst of parallel requests cannot all slip through the same free slot.
 * Failures are forgotten {@link #WINDOW} after the last attempt, and an account's on a successful sign-in. Kept in
 * memory: a restart forgets, which is acceptable for a throttle.
 */
public final class LoginThrottle {

    /** Failures for one account that cost no wait. */
    public static final int MAX_FAILURES_PER_ACCOUNT = 5;
    /** Failures from one client address (over all accounts) that cost no wait. */
    public static final int MAX_FAILURES_PER_ADDRESS = 20;
    /** After this long without an attempt, an account's or address's failures are forgotten. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

    public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    public static final Duration MAX_DELAY = Duration.ofSeconds(60);
    /**
     * How long an admitted attempt counts as a failure while its outcome is unknown: a password check takes about
     * 0.25 s (PBKDF2 at 600,000 iterations, STACK-NOTES), so an attempt still open after this has ended some other
     * way (an exception) and must not keep counting.
     */
    static final Duration PENDING_FOR = Duration.ofSeconds(30);
    /** Above this many remembered keys, those idle for {@link #WINDOW} are dropped (bounded memory). */
    private static final int PRUNE_ABOVE = 50_000;

    private final Clock clock;
    private final Map<String, Counter> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Counter> byAddress = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reserves an attempt for this account from this address, to be followed by {@link #recordFailure} or
     * {@link #recordSuccess}.
     *
     * @return zero when the attempt may go ahead, otherwise how long to wait; the password must then not be checked
     */
    public Duration admit(String email, String address) {
        Instant now = clock.instant();
        Counter account = counter(byAccount, accountKey(email));
        Counter fromAddress = counter(byAddress, addressKey(address));
        // always the account first, then the address: no two threads take them in the opposite order
        synchronized (account) {
            synchronized (fromAddress) {
                Duration wait = longer(
                        account.waitLeft(now, MAX_FAILURES_PER_ACCOUNT),
                        fromAddress.waitLeft(now, MAX_FAILURES_PER_ADDRESS));
                if (wait.isZero()) {
                    account.reserve(now);
                    fromAddress.reserve(now);
                }
                return wait;
            }
        }
    }

    /** How long an attempt must still wait now (zero: none), without reserving anything. */
    public Duration waitFor(String email, String address) {
        Instant now = clock.instant();
        return longer(
                waitIn(byAccount, accountKey(email), now, MAX_FAILURES_PER_ACCOUNT),
                waitIn(byAddress, addressKey(address), now, MAX_FAILURES_PER_ADDRESS));
    }

    /** True while an attempt must wait: it is to be refused without checking the password. */
    public boolean isBlocked(String email, String address) {
        return !waitFor(email, address).isZero();
    }

    /** A wrong password (or an unknown account): counts for the account and the address. */
    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        counter(byAccount, accountKey(email)).fail(now);
        counter(byAddress, addressKey(address)).fail(now);
    }

    /**
     * A successful sign-in clears the account's failures (not the address's: a guesser who knows one password
     * must not wipe the address's record; its reservation lapses after {@link #PENDING_FOR}).
     */
    public void recordSuccess(String email) {
        byAccount.remove(accountKey(email));
    }

    /**
     * As {@link #recordSuccess(String)}, and the address's reservation made by {@link #admit} ends at once, so that
     * many colleagues signing in behind one address within {@link #PENDING_FOR} do not add up to a wait.
     */
    public void recordSuccess(String email, String address) {
        recordSuccess(email);
        Counter fromAddress = byAddress.get(addressKey(address));
        if (fromAddress != null) {
            fromAddress.release();
        }
    }

    /**
     * The password was right but a second step (an authenticator code) follows: the attempt's reservations end, so
     * they do not count as failures while the user types the code, but the account's failures stay until the code
     * is right, or knowing the password alone would reset the count of guessed codes.
     */
    public void passwordAccepted(String email, String address) {
        Counter account = byAccount.get(accountKey(email));
        if (account != null) {
            account.release();
        }
        Counter fromAddress = byAddress.get(addressKey(address));
        if (fromAddress != null) {
            fromAddress.release();
        }
    }

    /** A wait as the whole seconds to tell the user (and put in Retry-After): rounded up, at least 1. */
    public static long wholeSeconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private static String accountKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? "" : address;
    }

    private static Duration waitIn(Map<String, Counter> map, String key, Instant now, int free) {
        Counter counter = map.get(key);
        if (counter == null) {
            return Duration.ZERO;
        }
        synchronized (counter) {
            return counter.waitLeft(now, free);
        }
    }

    private Counter counter(Map<String, Counter> map, String key) {
        if (map.size() > PRUNE_ABOVE) {
            Instant now = clock.instant();
            map.values().removeIf(c -> c.idleSince(now));
        }
        return map.computeIfAbsent(key, k -> new Counter());
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The wait after {@code attempts} failed or open attempts, when {@code free} of them cost nothing. */
    static Duration delayAfter(int attempts, int free) {
        if (attempts < free) {
            return Duration.ZERO;
        }
        int doublings = attempts - free;
        // 2^6 s already passes the cap; stop doubling before the shift overflows
        if (doublings >= 6) {
            return MAX_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Failures of one account or address, and attempts admitted whose outcome is not known yet. */
    private static final class Counter {
        private int failures;
        private Instant last = Instant.MIN;
        private final Deque<Instant> pending = new ArrayDeque<>();

        synchronized Duration waitLeft(Instant now, int free) {
            forgetOld(now);
            Duration delay = delayAfter(failures + pending.size(), free);
            if (delay.isZero()) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(now, last.plus(delay));
            return left.isNegative() ? Duration.ZERO : left;
        }

        synchronized void reserve(Instant now) {
            pending.addLast(now);
            last = now;
        }

        synchronized void fail(Instant now) {
            forgetOld(now);
            pending.pollFirst();
            failures++;
            last = now;
        }

        synchronized void release() {
            pending.pollFirst();
        }

        synchronized boolean idleSince(Instant now) {
            forgetOld(now);
            return failures == 0 && pending.isEmpty();
        }

        private void forgetOld(Instant now) {
            while (!pending.isEmpty() && !pending.peekFirst().plus(PENDING_FOR).isAfter(now)) {
                pending.removeFirst();
            }
            if (failures > 0 && !last.plus(WINDOW).isAfter(now)) {
                failures = 0;
            }
        }
    }
}
