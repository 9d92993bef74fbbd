package app.gaitway.security;

import jakarta.servlet.SessionCookieConfig;

import java.util.Locale;

/**
 * How the session cookie is sent. Behind a TLS-terminating proxy ({@code GAITWAY_TRUST_PROXY=true} and an https
 * {@code GAITWAY_BASE_URL}) Payara sees plain HTTP, so its "dynamic" Secure flag (payara-web.xml) would leave the
 * cookie without Secure although every browser reaches Gaitway over https. There the cookie is always
 * {@code Secure} and named {@code __Host-JSESSIONID}: browsers only accept a {@code __Host-} cookie that is Secure,
 * has {@code Path=/} and no {@code Domain}, so no other host or subdomain can plant or shadow it, and it is never
 * sent over plain HTTP. The name is fixed when the application starts (the servlet container allows no later
 * change), hence the choice from configuration rather than from each request's X-Forwarded-Proto. Otherwise the
 * cookie stays {@code JSESSIONID}, Secure whenever Payara itself serves HTTPS.
 */
public enum SessionCookieMode {
    /** Payara serves the browser directly (HTTP, or its own HTTPS). */
    DIRECT("JSESSIONID"),
    /** A TLS proxy in front: the cookie is {@code Secure} and {@code __Host-}. */
    TLS_PROXY("__Host-JSESSIONID");

    private final String cookieName;

    SessionCookieMode(String cookieName) {
        this.cookieName = cookieName;
    }

    public String cookieName() {
        return cookieName;
    }

    /** From GAITWAY_TRUST_PROXY and GAITWAY_BASE_URL. */
    public static SessionCookieMode of(boolean trustProxy, String baseUrl) {
        boolean https =
                baseUrl != null && baseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
        return trustProxy && https ? TLS_PROXY : DIRECT;
    }

    /** Sets the session cookie up for this mode (only possible while the application starts). */
    void applyTo(SessionCookieConfig cookie) {
        if (this == TLS_PROXY) {
            cookie.setName(cookieName);
            cookie.setSecure(true);
            cookie.setPath("/");
            cookie.setDomain(null);
        }
    }
}
