package app.gaitway.security;

import app.gaitway.shared.audit.AuditKey;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.UnsupportedEncodingException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Keeps what was typed into a form when its session ended before Save (an idle timeout, a server restart,
 * a sign-out in another tab): the stale post is never run, only held in memory until the same user signs
 * in again in the same browser, and then shown again at the form's own address for them to check and save.
 * <p>
 * Only forms that carry a sealed owner ({@link #OWNER_FIELD}, see {@link FormOwnerSeal}) are held: the
 * owner must be known even when the old session is gone, and must match the session's user when it is not.
 * The held form is tied to the browser's new session by a ticket in it; a different user signing in there
 * discards it. Held forms are dropped after {@code gaitway.held-form.seconds} (an hour at most).
 */
@ApplicationScoped
public class HeldForms {

    /** The hidden field with the sealed owner; forms opt in by including it. */
    public static final String OWNER_FIELD = "_formOwner";

    private static final String CSRF_FIELD = "_csrf";
    private static final String TICKET = "gaitway.heldForm";
    private static final Duration MAX_KEEP = Duration.ofHours(1);
    /** A form left open overnight is still welcome back; older ones are not held. */
    private static final Duration MAX_FORM_AGE = Duration.ofHours(24);

    private static final int MAX_BYTES_PER_FORM = 256 * 1024;
    private static final Logger LOG = Logger.getLogger(HeldForms.class.getName());

    @Inject
    @ConfigProperty(name = "gaitway.held-form.seconds", defaultValue = "3600")
    long keepSeconds;

    @Inject
    @ConfigProperty(name = "gaitway.audit.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "gaitway.audit.key-file")
    Optional<String> configuredKeyFile;

    @Inject
    @ConfigProperty(name = "gaitway.data.dir", defaultValue = "./gaitway-data")
    String dataDir;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    private FormOwnerSeal seal;
    private HeldFormStore store;
    private ScheduledFuture<?> purging;

    @PostConstruct
    void start() {
        // The audit key outlives restarts (kept in the data directory or configured), so a form drawn before
        // a restart still proves its owner after it. Only the start-up tasks create or refuse a missing audit
        // key; should there be none here, a key of this process's own only costs forms drawn before a restart.
        byte[] auditKey = AuditKey.findAt(
                        configuredKey.orElse(null), AuditKey.file(configuredKeyFile.orElse(null), Path.of(dataDir)))
                .orElseGet(AuditKey::random);
        seal = new FormOwnerSeal(FormOwnerSeal.derivedKey(auditKey), MAX_FORM_AGE);
        Duration keepFor = Duration.ofSeconds(Math.max(1, Math.min(keepSeconds, MAX_KEEP.toSeconds())));
        store = new HeldFormStore(new HeldFormStore.Limits(MAX_BYTES_PER_FORM, 16L * 1024 * 1024, 500, 3, keepFor));
        long every = Math.max(1, Math.min(60, keepFor.toSeconds() / 2));
        purging = scheduler.scheduleAtFixedRate(() -> store.purge(clock.instant()), every, every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (purging != null) {
            purging.cancel(false);
        }
    }

    /** The sealed owner a form drawn for this user at this path carries. */
    public String ownerToken(long userId, String path) {
        return seal.seal(userId, path, clock.instant());
    }

    /**
     * Holds the form of a POST whose session has ended, if it opted in, its seal is good and (when the old
     * session still said who it was) it was that user's; puts the ticket into a new session. Called before
     * the answer sends the browser to sign in; the post itself is never run.
     *
     * @param sessionUser the user of the ended session, or null when there was none
     */
    boolean hold(HttpServletRequest request, Long sessionUser) {
        if (!"POST".equals(request.getMethod())
                || !isPlainForm(request)
                || request.getContentLengthLong() <= 0
                || request.getContentLengthLong() > MAX_BYTES_PER_FORM
                || "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            return false;
        }
        readAsUtf8(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Instant now = clock.instant();
        OptionalLong owner = seal.owner(request.getParameter(OWNER_FIELD), path, now);
        if (owner.isEmpty() || (sessionUser != null && sessionUser != owner.getAsLong())) {
            return false;
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(CSRF_FIELD) && !name.equals(OWNER_FIELD)) {
                fields.put(name, Arrays.asList(values));
            }
        });
        String target = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        Optional<String> ticket = store.hold(owner.getAsLong(), target, fields, now);
        if (ticket.isEmpty()) {
            LOG.warning("A form posted after its session ended was not kept: the store of held forms is full.");
            return false;
        }
        HttpSession session = request.getSession(true);
        Object earlier = session.getAttribute(TICKET);
        if (earlier instanceof String t) {
            store.discard(t);
        }
        session.setAttribute(TICKET, ticket.get());
        return true;
    }

    /** Whether this browser's session waits for a sign-in to get a held form back. */
    boolean isWaiting(HttpSession session) {
        return ticketIn(session).map(t -> store.isHeld(t, clock.instant())).orElse(false);
    }

    /**
     * Right after a successful sign-in: the address of the held form when the user who signed in owns it.
     * Anybody else's sign-in drops it.
     */
    Optional<String> afterSignIn(HttpSession session, long userId) {
        Optional<String> ticket = ticketIn(session);
        if (ticket.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> target = store.release(ticket.get(), userId, clock.instant());
        if (target.isEmpty()) {
            session.removeAttribute(TICKET);
        }
        return target;
    }

    /** The held fields for the page at target, once, for its owner in the session that held it. */
    Optional<Map<String, List<String>>> take(HttpSession session, long userId, String target) {
        Optional<String> ticket = ticketIn(session);
        if (ticket.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, List<String>>> fields = store.take(ticket.get(), userId, target, clock.instant());
        fields.ifPresent(f -> session.removeAttribute(TICKET));
        return fields;
    }

    /** How long a held form is kept, in whole minutes (at least one), for the sign-in page's notice. */
    long keptMinutes() {
        return Math.max(1, store.limits().keepFor().toMinutes());
    }

    private static Optional<String> ticketIn(HttpSession session) {
        return session != null && session.getAttribute(TICKET) instanceof String t ? Optional.of(t) : Optional.empty();
    }

    private static boolean isPlainForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** Browsers send forms as UTF-8 (the pages are); the container would otherwise read them as ISO-8859-1. */
    private static void readAsUtf8(HttpServletRequest request) {
        if (request.getCharacterEncoding() == null) {
            try {
                request.setCharacterEncoding("UTF-8");
            } catch (UnsupportedEncodingException cannotHappen) {
                throw new IllegalStateException(cannotHappen);
            }
        }
    }
}
