package app.gaitway.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionCookieModeTest {

    @Test
    void onlyATrustedProxyInFrontOfAnHttpsAddressMakesTheCookieSecureAndHostPrefixed() {
        assertEquals(SessionCookieMode.TLS_PROXY, SessionCookieMode.of(true, "https://gaitway.clinic.example"));
        assertEquals(SessionCookieMode.TLS_PROXY, SessionCookieMode.of(true, " HTTPS://Gaitway.Clinic.Example/ "));
        assertEquals(SessionCookieMode.DIRECT, SessionCookieMode.of(true, "http://localhost:8080"));
        assertEquals(SessionCookieMode.DIRECT, SessionCookieMode.of(false, "https://gaitway.clinic.example"));
        assertEquals(SessionCookieMode.DIRECT, SessionCookieMode.of(true, ""));
        assertEquals(SessionCookieMode.DIRECT, SessionCookieMode.of(true, null));
        assertEquals("__Host-JSESSIONID", SessionCookieMode.TLS_PROXY.cookieName());
        assertEquals("JSESSIONID", SessionCookieMode.DIRECT.cookieName());
    }
}
