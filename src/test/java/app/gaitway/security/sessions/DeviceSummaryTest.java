package app.gaitway.security.sessions;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeviceSummaryTest {

    @Test
    void namesCommonBrowsersAndSystems() {
        assertEquals(
                "Chrome on Windows",
                DeviceSummary.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/126.0.0.0 Safari/537.36"));
        assertEquals(
                "Firefox on Linux",
                DeviceSummary.of("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"));
        assertEquals(
                "Safari on macOS",
                DeviceSummary.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like"
                        + " Gecko) Version/17.5 Safari/605.1.15"));
    }

    @Test
    void aRelativeThatCallsItselfChromeIsNamedForWhatItIs() {
        assertEquals(
                "Edge on Windows",
                DeviceSummary.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87"));
        assertEquals(
                "Chrome on iPhone",
                DeviceSummary.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"
                        + " (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1"));
        assertEquals(
                "Chrome on Android",
                DeviceSummary.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/126.0.0.0 Mobile Safari/537.36"));
    }

    @Test
    void nothingTheClientSentIsRepeated() {
        assertEquals("Unknown device", DeviceSummary.of(null));
        assertEquals("Unknown device", DeviceSummary.of("  "));
        assertEquals("Unknown device", DeviceSummary.of("<script>alert(1)</script>"));
        assertEquals("Unknown device", DeviceSummary.of("Java-http-client/17.0.12"));
        assertEquals("Browser on Linux", DeviceSummary.of("curl-like (Linux) <img src=x>"));
    }

    @Test
    void aVeryLongHeaderIsLookedAtOnlyAtItsStart() {
        assertEquals("Unknown device", DeviceSummary.of("x".repeat(10_000) + " Firefox/128.0 (Windows)"));
    }
}
