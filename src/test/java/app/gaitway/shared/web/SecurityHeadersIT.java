package app.gaitway.shared.web;

import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(SharedServer.class)
class SecurityHeadersIT {

    @Test
    void everyPageCarriesTheSecurityHeaders(GaitwayServer server) {
        WebClient client = new WebClient(server);
        for (WebClient.Page page : new WebClient.Page[] {
            client.get("/login"), client.get("/static/css/gaitway.css"), client.get("/no-such-page")
        }) {
            String csp = page.header("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("object-src 'none'"), csp);
            assertTrue(csp.contains("base-uri 'none'"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
            assertEquals("nosniff", page.header("X-Content-Type-Options").orElse(""));
            assertTrue(page.header("Referrer-Policy").isPresent());
        }
    }

    @Test
    void signedInPagesAreNeverCached(GaitwayServer server) {
        WebClient client = new WebClient(server);
        assertEquals(
                303,
                client.login(SharedServer.OWNER_EMAIL, SharedServer.OWNER_PASSWORD)
                        .status());
        WebClient.Page home = client.get("/");
        assertEquals(200, home.status());
        assertEquals("no-store", home.header("Cache-Control").orElse(""));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax(GaitwayServer server) {
        WebClient.Page login = new WebClient(server).get("/login");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }
}
