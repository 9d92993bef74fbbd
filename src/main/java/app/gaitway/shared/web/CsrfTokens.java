package app.gaitway.shared.web;

import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The session's token against cross-site request forgery: every form carries it in a hidden field ({@link #FIELD}),
 * every POST must bring it back ({@link CsrfFilter}; the upload servlets check it themselves).
 */
public final class CsrfTokens {

    /** The hidden field's name. */
    public static final String FIELD = "_csrf";
    /** A script may send the token in this header instead. */
    public static final String HEADER = "X-CSRF-TOKEN";

    private static final String SESSION_KEY = "gaitway.csrfToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {}

    /** The session's token, made on first use: 256 random bits. */
    public static String of(HttpSession session) {
        Object token = session.getAttribute(SESSION_KEY);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(SESSION_KEY, made);
        return made;
    }

    /** Forgets the token, so that the next page gets a new one (after sign-in: the session is someone else's now). */
    public static void renew(HttpSession session) {
        session.removeAttribute(SESSION_KEY);
    }

    /** Whether {@code sent} is the session's token, compared in constant time; false without a session or token. */
    public static boolean matches(HttpSession session, String sent) {
        if (session == null || sent == null || !(session.getAttribute(SESSION_KEY) instanceof String token)) {
            return false;
        }
        return MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
