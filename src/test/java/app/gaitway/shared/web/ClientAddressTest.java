package app.gaitway.shared.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {

    private static final String PROXY = "10.0.0.2";

    @Test
    void behindATrustedProxyUsesTheLastForwardedEntry() {
        assertEquals("203.0.113.7", ClientAddress.resolve(PROXY, "203.0.113.7", true));
        assertEquals(
                "203.0.113.7",
                ClientAddress.resolve(PROXY, "198.51.100.1, 203.0.113.7", true),
                "earlier entries are whatever the client sent; the proxy appends the real one last");
        assertEquals("203.0.113.7", ClientAddress.resolve(PROXY, "1.1.1.1,2.2.2.2 ,  203.0.113.7  ", true));
    }

    @Test
    void aClientCannotChooseItsAddressByPrependingEntries() {
        String spoofed = "127.0.0.1, 192.0.2.50";
        assertEquals("192.0.2.50", ClientAddress.resolve(PROXY, spoofed, true));
    }

    @Test
    void ignoresTheHeaderWhenNoProxyIsTrusted() {
        assertEquals(PROXY, ClientAddress.resolve(PROXY, "203.0.113.7", false));
        assertEquals(PROXY, ClientAddress.resolve(PROXY, "198.51.100.1, 203.0.113.7", false));
    }

    @Test
    void fallsBackToTheConnectionsAddressWhenTheHeaderIsMissingOrUnusable() {
        assertEquals(PROXY, ClientAddress.resolve(PROXY, null, true));
        assertEquals(PROXY, ClientAddress.resolve(PROXY, "   ", true));
        assertEquals(PROXY, ClientAddress.resolve(PROXY, "203.0.113.7, ", true), "empty last entry");
        assertEquals(PROXY, ClientAddress.resolve(PROXY, "x".repeat(65), true), "longer than any address");
    }

    @Test
    void acceptsIpv6Addresses() {
        assertEquals("2001:db8::1", ClientAddress.resolve(PROXY, "198.51.100.1, 2001:db8::1", true));
    }
}
