package app.gaitway.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Forms posted after their session ended, held in memory until their owner signs in again. Bounded so that
 * it cannot be used to fill the server's memory: a size per form, a total, a count in all and per user; a
 * form that does not fit is not held (what was held before stays). A held form is known only by a random
 * ticket that the browser's new session carries; it is released at sign-in only to the user who owned the
 * form (anybody else's sign-in discards it), and taken once by the page that shows it again. Nothing is
 * kept past {@link Limits#keepFor()}.
 */
final class HeldFormStore {

    /** The bounds of the store; sizes are estimated as two bytes a character of every name and value. */
    record Limits(long maxBytesPerForm, long maxBytesInAll, int maxForms, int maxFormsPerUser, Duration keepFor) {}

    private final Limits limits;
    private final SecureRandom random = new SecureRandom();
    /** In the order held, so the oldest come first when expired ones are dropped. */
    private final Map<String, Held> byTicket = new LinkedHashMap<>();

    private long bytesInAll;

    HeldFormStore(Limits limits) {
        this.limits = limits;
    }

    Limits limits() {
        return limits;
    }

    /** Holds a posted form; the ticket to find it again, or empty when it does not fit. */
    synchronized Optional<String> hold(long owner, String target, Map<String, List<String>> fields, Instant now) {
        purge(now);
        long bytes = sizeOf(target, fields);
        long ownersForms =
                byTicket.values().stream().filter(h -> h.owner == owner).count();
        if (bytes > limits.maxBytesPerForm()
                || bytesInAll + bytes > limits.maxBytesInAll()
                || byTicket.size() >= limits.maxForms()
                || ownersForms >= limits.maxFormsPerUser()) {
            return Optional.empty();
        }
        byte[] bits = new byte[16];
        random.nextBytes(bits);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        byTicket.put(ticket, new Held(owner, target, copy, bytes, now));
        bytesInAll += bytes;
        return Optional.of(ticket);
    }

    /**
     * At sign-in: the address to show the held form at when the signed-in user owns it. For anybody else the
     * form is dropped: it is never shown to another user.
     */
    synchronized Optional<String> release(String ticket, long user, Instant now) {
        purge(now);
        Held held = byTicket.get(ticket);
        if (held == null) {
            return Optional.empty();
        }
        if (held.owner != user) {
            discard(ticket);
            return Optional.empty();
        }
        held.released = true;
        return Optional.of(held.target);
    }

    /** The held fields, once, for the page at the form's own address after its owner signed in again. */
    synchronized Optional<Map<String, List<String>>> take(String ticket, long user, String target, Instant now) {
        purge(now);
        Held held = byTicket.get(ticket);
        if (held == null || !held.released || held.owner != user || !held.target.equals(target)) {
            return Optional.empty();
        }
        discard(ticket);
        return Optional.of(held.fields);
    }

    synchronized boolean isHeld(String ticket, Instant now) {
        purge(now);
        return byTicket.containsKey(ticket);
    }

    synchronized void discard(String ticket) {
        Held held = byTicket.remove(ticket);
        if (held != null) {
            bytesInAll -= held.bytes;
        }
    }

    synchronized void purge(Instant now) {
        Iterator<Held> it = byTicket.values().iterator();
        while (it.hasNext()) {
            Held held = it.next();
            if (now.isBefore(held.heldAt.plus(limits.keepFor()))) {
                break;
            }
            it.remove();
            bytesInAll -= held.bytes;
        }
    }

    synchronized int size() {
        return byTicket.size();
    }

    private static long sizeOf(String target, Map<String, List<String>> fields) {
        long chars = target.length();
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            for (String value : field.getValue()) {
                chars += field.getKey().length() + (value == null ? 0 : value.length());
            }
        }
        return 2 * chars;
    }

    /** One held form. No toString of its own on purpose: what was typed never reaches a log. */
    private static final class Held {
        private final long owner;
        private final String target;
        private final Map<String, List<String>> fields;
        private final long bytes;
        private final Instant heldAt;
        private boolean released;

        private Held(long owner, String target, Map<String, List<String>> fields, long bytes, Instant heldAt) {
            this.owner = owner;
            this.target = target;
            this.fields = fields;
            this.bytes = bytes;
            this.heldAt = heldAt;
        }
    }
}
